package com.skovik.scim.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryEndpointsTest extends EmulatorHttpTest {

  private static final String COMPANY = "/companies/" + TestTenant.COMPANY;

  @Test
  void branches_without_a_parameter_lists_every_branch_archived_included(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.get(COMPANY + "/branches"), response -> {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.bodyAsJsonObject().getJsonArray("data")).isEqualTo(new JsonArray()
          .add(new JsonObject().put("id", "br_oslo").put("name", "Oslo").put("external_identifier", "NO-OSL")
              .put("archived", false))
          .add(new JsonObject().put("id", "br_bergen").put("name", "Bergen").put("external_identifier", "NO-BGO")
              .put("archived", false))
          .add(new JsonObject().put("id", "br_closed").put("name", "Closed office")
              .put("external_identifier", "XX-OLD").put("archived", true)));
    });
  }

  @Test
  void branch_is_found_by_external_identifier_in_any_case(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.get(COMPANY + "/branches?external_identifier=no-bgo")
            .compose(found -> api.get(COMPANY + "/branches?external_identifier=SE-STO")
                .map(missing -> List.of(found.bodyAsJsonObject(), missing.bodyAsJsonObject()))),
        pages -> {
          assertThat(pages.get(0).getJsonArray("data")).hasSize(1);
          assertThat(pages.get(0).getJsonArray("data").getJsonObject(0).getString("id")).isEqualTo("br_bergen");
          assertThat(pages.get(1).getJsonArray("data")).isEmpty();
        });
  }

  @Test
  void a_changed_external_identifier_is_served_at_once(VertxTestContext testContext) {
    emulator.store().setBranchExternalIdentifier(TestTenant.COMPANY, "br_bergen", "NO-BGN");
    verifyThenComplete(testContext,
        api.get(COMPANY + "/branches?external_identifier=NO-BGO")
            .compose(old -> api.get(COMPANY + "/branches?external_identifier=NO-BGN")
                .map(renamed -> List.of(old.bodyAsJsonObject(), renamed.bodyAsJsonObject()))),
        pages -> {
          assertThat(pages.get(0).getJsonArray("data")).isEmpty();
          assertThat(pages.get(1).getJsonArray("data").getJsonObject(0).getString("id")).isEqualTo("br_bergen");
        });
  }

  @Test
  void branch_is_read_by_id(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.get(COMPANY + "/branches/br_closed"), response -> {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.bodyAsJsonObject().getBoolean("archived")).isTrue();
    });
  }

  @Test
  void another_companys_branch_is_not_found(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.get(COMPANY + "/branches/" + TestTenant.OTHER_BRANCH), response -> {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(error(response).getString("code")).isEqualTo("not_found");
    });
  }

  @Test
  void custom_fields_list_every_definition_with_options_for_select_only(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.get(COMPANY + "/custom-fields"), response -> {
      JsonArray data = response.bodyAsJsonObject().getJsonArray("data");
      assertThat(data).hasSize(5);
      assertThat(data.getJsonObject(0))
          .isEqualTo(new JsonObject().put("id", "cf_text").put("name", "Cost center").put("type", "text"));
      assertThat(data.getJsonObject(4)).isEqualTo(new JsonObject().put("id", "cf_level").put("name", "Level")
          .put("type", "select").put("options", new JsonArray().add("junior").add("senior")));
    });
  }

  @Test
  void identity_provider_configuration_is_served_with_company_and_updated_at(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.get(COMPANY + "/identity-providers/" + TestTenant.IDP), response -> {
      JsonObject idp = response.bodyAsJsonObject();
      assertThat(idp.fieldNames()).containsExactlyInAnyOrder("id", "company_id", "name", "user_provisioning_enabled",
          "active_token_ids", "default_branch_id", "custom_field_mappings", "updated_at");
      assertThat(idp.getString("company_id")).isEqualTo(TestTenant.COMPANY);
      assertThat(idp.getBoolean("user_provisioning_enabled")).isTrue();
      assertThat(idp.getJsonArray("active_token_ids")).containsExactly("tok_1");
      assertThat(idp.getString("default_branch_id")).isEqualTo("br_oslo");
      assertThat(idp.getJsonObject("custom_field_mappings"))
          .isEqualTo(new JsonObject().put("custom_field1", "cf_text").put("custom_field2", "cf_level"));
      assertThat(idp.getString("updated_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    });
  }

  @Test
  void revoking_a_token_and_disabling_provisioning_show_in_the_configuration(VertxTestContext testContext) {
    clock.advance(Duration.ofMinutes(1));
    emulator.store().addActiveToken(TestTenant.COMPANY, TestTenant.IDP, "tok_2");
    emulator.store().revokeToken(TestTenant.COMPANY, TestTenant.IDP, "tok_1");
    emulator.store().setUserProvisioningEnabled(TestTenant.COMPANY, TestTenant.IDP, false);
    verifyThenComplete(testContext, api.get(COMPANY + "/identity-providers/" + TestTenant.IDP), response -> {
      JsonObject idp = response.bodyAsJsonObject();
      assertThat(idp.getJsonArray("active_token_ids")).containsExactly("tok_2");
      assertThat(idp.getBoolean("user_provisioning_enabled")).isFalse();
      assertThat(idp.getString("updated_at")).startsWith("2026-11-30T08:16:02.");
    });
  }

  @Test
  void identity_provider_without_default_branch_serves_null(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.get("/companies/" + TestTenant.OTHER_COMPANY + "/identity-providers/idp_other"),
        response -> {
          assertThat(response.bodyAsJsonObject().containsKey("default_branch_id")).isTrue();
          assertThat(response.bodyAsJsonObject().getString("default_branch_id")).isNull();
        });
  }

  @Test
  void another_companys_identity_provider_is_not_found(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.get(COMPANY + "/identity-providers/idp_other"),
        response -> assertThat(response.statusCode()).isEqualTo(404));
  }

  @Test
  void removed_identity_provider_is_not_found(VertxTestContext testContext) {
    emulator.store().removeIdentityProvider(TestTenant.COMPANY, TestTenant.IDP);
    verifyThenComplete(testContext, api.get(COMPANY + "/identity-providers/" + TestTenant.IDP),
        response -> assertThat(response.statusCode()).isEqualTo(404));
  }
}
