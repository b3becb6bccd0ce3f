package com.skovik.scim.emulator;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmployeePatchTest extends EmulatorHttpTest {

  private Employee ada;
  private Employee boss;

  @BeforeEach
  void seedEmployees() {
    EmulatorStore store = emulator.store();
    boss = store.addEmployee(TestTenant.COMPANY, EmployeeFields.of("boss@example.com", "Grace", "Hopper", "br_oslo"));
    ada = store.addEmployee(TestTenant.COMPANY, EmployeeFields.of("ada@example.com", "Ada", "Lovelace", "br_oslo")
        .withSuperiorId(boss.id())
        .withExternalId("ext-1")
        .withCustomFields(Map.of("cf_text", "4410", "cf_number", 37.5, "cf_level", "junior")));
    clock.advance(Duration.ofMinutes(5));
  }

  private Future<HttpResponse<Buffer>> patchAda(JsonObject patch) {
    return api.patch(TestTenant.employee(ada.id()), patch);
  }

  private Future<HttpResponse<Buffer>> patchAda(JsonObject patch, String ifMatch) {
    return api.request(HttpMethod.PATCH, TestTenant.employee(ada.id()))
        .putHeader("If-Match", ifMatch)
        .sendJsonObject(patch);
  }

  @Test
  void patch_changes_only_the_given_members_and_bumps_version_and_updated_at(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        patchAda(new JsonObject().put("first_name", "Augusta").put("branch_id", "br_bergen")),
        response -> {
          assertThat(response.statusCode()).isEqualTo(200);
          JsonObject patched = response.bodyAsJsonObject();
          assertThat(patched.getString("first_name")).isEqualTo("Augusta");
          assertThat(patched.getString("branch_id")).isEqualTo("br_bergen");
          assertThat(patched.getString("last_name")).isEqualTo("Lovelace");
          assertThat(patched.getString("external_id")).isEqualTo("ext-1");
          assertThat(patched.getInteger("version")).isEqualTo(2);
          assertThat(patched.getString("updated_at")).isEqualTo("2026-11-30T08:20:02.123Z");
          assertThat(patched.getString("created_at")).isEqualTo(EmulatorJson.timestamp(ada.createdAt()));
        });
  }

  @Test
  void custom_fields_merge_key_by_key_and_null_clears_one(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        patchAda(new JsonObject().put("custom_fields", new JsonObject()
            .put("cf_level", "senior").put("cf_text", null).put("cf_flag", true))),
        response -> assertThat(response.bodyAsJsonObject().getJsonObject("custom_fields")).isEqualTo(new JsonObject()
            .put("cf_flag", true).put("cf_level", "senior").put("cf_number", 37.5)));
  }

  @Test
  void null_clears_superior_and_external_id(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        patchAda(new JsonObject().put("superior_id", null).put("external_id", null)),
        response -> {
          JsonObject patched = response.bodyAsJsonObject();
          assertThat(patched.getString("superior_id")).isNull();
          assertThat(patched.getString("external_id")).isNull();
          assertThat(emulator.store().employee(TestTenant.COMPANY, ada.id()).orElseThrow().superiorId()).isNull();
        });
  }

  @Test
  void null_for_a_required_member_is_rejected(VertxTestContext testContext) {
    verifyThenComplete(testContext, patchAda(new JsonObject().put("last_name", null).put("email", "")),
        response -> assertValidationFailed(response,
            new JsonObject().put("last_name", "required").put("email", "required")));
  }

  @Test
  void patch_that_changes_nothing_answers_the_unchanged_employee(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        patchAda(new JsonObject().put("first_name", "Ada").put("superior_id", boss.id())
            .put("custom_fields", new JsonObject().put("cf_number", 37.5).put("cf_flag", null))),
        response -> {
          assertThat(response.statusCode()).isEqualTo(200);
          assertThat(response.bodyAsJsonObject().getInteger("version")).isEqualTo(1);
          assertThat(response.bodyAsJsonObject()).isEqualTo(EmulatorJson.employee(ada));
        });
  }

  @Test
  void read_only_and_unknown_members_cannot_be_patched(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        patchAda(new JsonObject().put("status", "archived").put("id", "emp_x").put("version", 9)
            .put("created_at", "2020-01-01T00:00:00.000Z").put("updated_at", "2020-01-01T00:00:00.000Z")
            .put("nickname", "Ada")),
        response -> assertValidationFailed(response, new JsonObject()
            .put("status", "read_only").put("id", "read_only").put("version", "read_only")
            .put("created_at", "read_only").put("updated_at", "read_only").put("nickname", "unknown_field")));
  }

  @Test
  void stale_if_match_answers_version_mismatch_with_the_current_version(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        patchAda(new JsonObject().put("first_name", "Augusta"))
            .compose(bumped -> patchAda(new JsonObject().put("last_name", "King"), "\"1\"")),
        response -> {
          assertThat(response.statusCode()).isEqualTo(412);
          assertThat(error(response).getString("code")).isEqualTo("version_mismatch");
          assertThat(error(response).getJsonObject("details")).isEqualTo(new JsonObject().put("current_version", 2));
          assertThat(emulator.store().employee(TestTenant.COMPANY, ada.id()).orElseThrow().lastName())
              .isEqualTo("Lovelace");
        });
  }

  @Test
  void current_if_match_lets_the_patch_through(VertxTestContext testContext) {
    verifyThenComplete(testContext, patchAda(new JsonObject().put("last_name", "King"), "\"1\""),
        response -> {
          assertThat(response.statusCode()).isEqualTo(200);
          assertThat(response.bodyAsJsonObject().getInteger("version")).isEqualTo(2);
        });
  }

  @Test
  void if_match_without_quotes_is_a_bad_request(VertxTestContext testContext) {
    verifyThenComplete(testContext, patchAda(new JsonObject().put("last_name", "King"), "1"),
        response -> assertThat(response.statusCode()).isEqualTo(400));
  }

  @Test
  void employee_cannot_be_its_own_superior(VertxTestContext testContext) {
    verifyThenComplete(testContext, patchAda(new JsonObject().put("superior_id", ada.id())),
        response -> assertValidationFailed(response, new JsonObject().put("superior_id", "superior_cycle")));
  }

  @Test
  void superior_chain_leading_back_to_the_employee_is_a_cycle(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.patch(TestTenant.employee(boss.id()), new JsonObject().put("superior_id", ada.id())),
        response -> assertValidationFailed(response, new JsonObject().put("superior_id", "superior_cycle")));
  }

  @Test
  void unknown_superior_is_rejected(VertxTestContext testContext) {
    verifyThenComplete(testContext, patchAda(new JsonObject().put("superior_id", "emp_nobody")),
        response -> assertValidationFailed(response, new JsonObject().put("superior_id", "superior_not_found")));
  }

  @Test
  void moving_to_an_archived_branch_is_rejected(VertxTestContext testContext) {
    verifyThenComplete(testContext, patchAda(new JsonObject().put("branch_id", "br_closed")),
        response -> assertValidationFailed(response, new JsonObject().put("branch_id", "branch_archived")));
  }

  @Test
  void resending_the_current_branch_after_it_was_archived_is_no_change(VertxTestContext testContext) {
    emulator.store().archiveBranch(TestTenant.COMPANY, "br_oslo");
    verifyThenComplete(testContext, patchAda(new JsonObject().put("branch_id", "br_oslo").put("last_name", "King")),
        response -> {
          assertThat(response.statusCode()).isEqualTo(200);
          assertThat(response.bodyAsJsonObject().getString("branch_id")).isEqualTo("br_oslo");
        });
  }

  @Test
  void changing_to_an_email_another_employee_holds_is_a_conflict(VertxTestContext testContext) {
    verifyThenComplete(testContext, patchAda(new JsonObject().put("email", "BOSS@example.com")),
        response -> {
          assertThat(response.statusCode()).isEqualTo(409);
          assertThat(error(response).getJsonObject("details"))
              .isEqualTo(new JsonObject().put("employee_id", boss.id()));
        });
  }

  @Test
  void changing_the_case_of_ones_own_email_is_a_change(VertxTestContext testContext) {
    verifyThenComplete(testContext, patchAda(new JsonObject().put("email", "Ada@Example.com")),
        response -> {
          assertThat(response.statusCode()).isEqualTo(200);
          assertThat(response.bodyAsJsonObject().getString("email")).isEqualTo("Ada@Example.com");
          assertThat(response.bodyAsJsonObject().getInteger("version")).isEqualTo(2);
        });
  }

  @Test
  void archived_employee_cannot_be_patched(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.post(TestTenant.employee(ada.id()) + "/archive", new JsonObject())
            .compose(archived -> patchAda(new JsonObject().put("first_name", "Augusta"))),
        response -> {
          assertThat(response.statusCode()).isEqualTo(409);
          assertThat(error(response).getString("code")).isEqualTo("employee_archived");
        });
  }

  @Test
  void archiving_twice_answers_the_same_archived_employee(VertxTestContext testContext) {
    String archivePath = TestTenant.employee(ada.id()) + "/archive";
    verifyThenComplete(testContext,
        api.post(archivePath, new JsonObject()).compose(first -> {
          clock.advance(Duration.ofSeconds(1));
          return api.post(archivePath, new JsonObject()).map(second -> new JsonObject[] {
              first.bodyAsJsonObject(), second.bodyAsJsonObject()});
        }),
        answers -> {
          assertThat(answers[0].getString("status")).isEqualTo("archived");
          assertThat(answers[0].getInteger("version")).isEqualTo(2);
          assertThat(answers[1]).isEqualTo(answers[0]);
        });
  }

  @Test
  void deleted_employee_answers_not_found_afterwards(VertxTestContext testContext) {
    String path = TestTenant.employee(ada.id());
    verifyThenComplete(testContext,
        api.delete(path).compose(deleted -> {
          assertThat(deleted.statusCode()).isEqualTo(204);
          return api.get(path);
        }).compose(read -> {
          assertThat(read.statusCode()).isEqualTo(404);
          return api.delete(path);
        }),
        secondDelete -> {
          assertThat(secondDelete.statusCode()).isEqualTo(404);
          assertThat(emulator.store().employee(TestTenant.COMPANY, ada.id())).isEmpty();
        });
  }

  @Test
  void another_companys_employee_is_not_found(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.patch(TestTenant.employee(TestTenant.OTHER_EMPLOYEE), new JsonObject().put("first_name", "X")),
        response -> {
          assertThat(response.statusCode()).isEqualTo(404);
          assertThat(error(response).getString("code")).isEqualTo("not_found");
        });
  }

  @Test
  void merge_patch_media_type_is_accepted(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.request(HttpMethod.PATCH, TestTenant.employee(ada.id()))
            .putHeader("Content-Type", "application/merge-patch+json")
            .sendBuffer(Buffer.buffer("{\"last_name\":\"King\"}")),
        response -> {
          assertThat(response.statusCode()).isEqualTo(200);
          assertThat(response.bodyAsJsonObject().getString("last_name")).isEqualTo("King");
        });
  }

  @Test
  void null_custom_fields_clears_every_custom_field(VertxTestContext testContext) {
    verifyThenComplete(testContext, patchAda(new JsonObject().putNull("custom_fields")),
        response -> {
          assertThat(response.bodyAsJsonObject().getJsonObject("custom_fields")).isEqualTo(new JsonObject());
          assertThat(response.bodyAsJsonObject().getInteger("version")).isEqualTo(2);
        });
  }

  @Test
  void clearing_a_custom_field_that_is_not_set_changes_nothing(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        patchAda(new JsonObject().put("custom_fields", new JsonObject().putNull("cf_flag").putNull("cf_gone"))),
        response -> assertThat(response.bodyAsJsonObject().getInteger("version")).isEqualTo(1));
  }

  @Test
  void an_integral_number_sent_back_as_a_decimal_is_no_change(VertxTestContext testContext) {
    Employee seeded = emulator.store().addEmployee(TestTenant.COMPANY,
        EmployeeFields.of("n@example.com", "N", "N", "br_oslo").withCustomFields(Map.of("cf_number", 40)));
    verifyThenComplete(testContext,
        api.patch(TestTenant.employee(seeded.id()), new JsonObject().put("custom_fields",
            new JsonObject().put("cf_number", 40.0))),
        response -> {
          assertThat(response.bodyAsJsonObject().getInteger("version")).isEqualTo(1);
          assertThat(response.bodyAsJsonObject().getJsonObject("custom_fields").encode()).isEqualTo("{\"cf_number\":40}");
        });
  }

  @Test
  void patching_an_unknown_employee_is_not_found(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.patch(TestTenant.employee("emp_nobody"), new JsonObject()),
        response -> assertThat(response.statusCode()).isEqualTo(404));
  }
}
