package com.skovik.scim.emulator;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(VertxExtension.class)
class DemoSeedTest {

  @Test
  void demo_tenant_can_provision_into_a_branch_found_by_external_identifier(Vertx vertx, VertxTestContext testContext) {
    SkovikEmulator.start(vertx, EmulatorOptions.defaults()).compose(emulator -> {
      DemoTenant tenant = DemoSeed.seed(emulator);
      WebClient client = WebClient.create(vertx);
      String company = emulator.baseUrl() + "/internal/v1/companies/" + tenant.companyId();
      return client.getAbs(company + "/identity-providers/" + tenant.identityProviderId())
          .bearerTokenAuthentication(emulator.serviceKey()).send()
          .compose(idp -> client.getAbs(company + "/branches?external_identifier=dk-cph")
              .bearerTokenAuthentication(emulator.serviceKey()).send()
              .map(branches -> {
                testContext.verify(() -> {
                  JsonObject config = idp.bodyAsJsonObject();
                  assertThat(config.getBoolean("user_provisioning_enabled")).isTrue();
                  assertThat(config.getJsonArray("active_token_ids")).containsExactly(DemoSeed.TOKEN_ID);
                  assertThat(config.getJsonObject("custom_field_mappings").fieldNames()).containsExactlyInAnyOrder(
                      "custom_field1", "custom_field2", "custom_field3", "custom_field4", "custom_field5");
                  assertThat(branches.bodyAsJsonObject().getJsonArray("data").getJsonObject(0).getString("id"))
                      .isEqualTo("br_copenhagen");
                  JsonObject claims = new JsonObject(new String(
                      Base64.getUrlDecoder().decode(tenant.token().split("\\.")[1]), StandardCharsets.UTF_8));
                  assertThat(claims.getString("cid")).isEqualTo(DemoSeed.COMPANY_ID);
                  assertThat(claims.getString("sub")).isEqualTo(DemoSeed.IDENTITY_PROVIDER_ID);
                  assertThat(claims.getString("jti")).isEqualTo(DemoSeed.TOKEN_ID);
                  assertThat(emulator.store().customFields(DemoSeed.COMPANY_ID))
                      .extracting(CustomField::type).containsExactlyInAnyOrder(CustomFieldType.values());
                  assertThat(emulator.store().branches(DemoSeed.COMPANY_ID)).filteredOn(Branch::archived).hasSize(1);
                });
                return emulator;
              }));
    }).compose(SkovikEmulator::close).onComplete(testContext.succeedingThenComplete());
  }
}
