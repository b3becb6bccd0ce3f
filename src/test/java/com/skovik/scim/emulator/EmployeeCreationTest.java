package com.skovik.scim.emulator;

import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxTestContext;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmployeeCreationTest extends EmulatorHttpTest {

  @Test
  void created_employee_is_active_at_version_one_and_reads_back_the_same(VertxTestContext testContext) {
    JsonObject body = TestTenant.newEmployee("Ada.Lovelace@Example.com")
        .put("external_id", "4f1c9e2a")
        .put("custom_fields", new JsonObject().put("cf_text", "4410").put("cf_level", "senior"));
    verifyThenComplete(testContext,
        create(body).compose(created -> api.get(TestTenant.employee(created.getString("id")))
            .map(read -> {
              assertThat(read.statusCode()).isEqualTo(200);
              assertThat(read.bodyAsJsonObject()).isEqualTo(created);
              return created;
            })),
        created -> {
          assertThat(created.getString("id")).startsWith("emp_");
          assertThat(created.getString("email")).isEqualTo("Ada.Lovelace@Example.com");
          assertThat(created.getString("status")).isEqualTo("active");
          assertThat(created.getString("branch_id")).isEqualTo("br_oslo");
          assertThat(created.containsKey("superior_id")).isTrue();
          assertThat(created.getString("superior_id")).isNull();
          assertThat(created.getString("external_id")).isEqualTo("4f1c9e2a");
          assertThat(created.getJsonObject("custom_fields"))
              .isEqualTo(new JsonObject().put("cf_level", "senior").put("cf_text", "4410"));
          assertThat(created.getString("created_at")).matches("2026-11-30T08:15:02\\.1\\d\\dZ");
          assertThat(created.getString("updated_at")).isEqualTo(created.getString("created_at"));
          assertThat(created.getInteger("version")).isEqualTo(1);
          assertThat(emulator.store().employee(TestTenant.COMPANY, created.getString("id"))).isPresent();
        });
  }

  @Test
  void two_creates_in_the_same_millisecond_get_ordered_timestamps_and_distinct_ids(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        create(TestTenant.newEmployee("a@example.com"))
            .compose(first -> create(TestTenant.newEmployee("b@example.com"))
                .map(second -> new JsonObject[] {first, second})),
        both -> {
          Instant first = Instant.parse(both[0].getString("created_at"));
          assertThat(Instant.parse(both[1].getString("created_at"))).isEqualTo(first.plusMillis(1));
          assertThat(both[0].getString("id")).isNotEqualTo(both[1].getString("id"));
        });
  }

  @Test
  void missing_required_fields_are_all_reported_at_once(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.post(TestTenant.EMPLOYEES, new JsonObject().put("first_name", "  ").put("last_name", 42)),
        response -> assertValidationFailed(response, new JsonObject()
            .put("email", "required")
            .put("first_name", "required")
            .put("last_name", "invalid_type")
            .put("branch_id", "required")));
  }

  @Test
  void malformed_email_is_rejected(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.post(TestTenant.EMPLOYEES, TestTenant.newEmployee("ada.example.com")),
        response -> assertValidationFailed(response, new JsonObject().put("email", "invalid_email")));
  }

  @Test
  void unknown_branch_is_rejected(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.post(TestTenant.EMPLOYEES, TestTenant.newEmployee("a@example.com").put("branch_id", "br_nowhere")),
        response -> assertValidationFailed(response, new JsonObject().put("branch_id", "branch_not_found")));
  }

  @Test
  void another_companys_branch_is_not_found(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.post(TestTenant.EMPLOYEES, TestTenant.newEmployee("a@example.com").put("branch_id", TestTenant.OTHER_BRANCH)),
        response -> assertValidationFailed(response, new JsonObject().put("branch_id", "branch_not_found")));
  }

  @Test
  void archived_branch_is_rejected(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.post(TestTenant.EMPLOYEES, TestTenant.newEmployee("a@example.com").put("branch_id", "br_closed")),
        response -> assertValidationFailed(response, new JsonObject().put("branch_id", "branch_archived")));
  }

  @Test
  void unknown_superior_is_rejected(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.post(TestTenant.EMPLOYEES,
            TestTenant.newEmployee("a@example.com").put("superior_id", TestTenant.OTHER_EMPLOYEE)),
        response -> assertValidationFailed(response, new JsonObject().put("superior_id", "superior_not_found")));
  }

  @Test
  void archived_superior_is_accepted(VertxTestContext testContext) {
    String bossId = emulator.store()
        .addEmployee(TestTenant.COMPANY, EmployeeFields.of("boss@example.com", "Old", "Boss", "br_oslo")).id();
    emulator.store().archiveEmployee(TestTenant.COMPANY, bossId);
    verifyThenComplete(testContext, create(TestTenant.newEmployee("a@example.com").put("superior_id", bossId)),
        created -> assertThat(created.getString("superior_id")).isEqualTo(bossId));
  }

  @Test
  void read_only_and_unknown_members_are_rejected(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.post(TestTenant.EMPLOYEES, TestTenant.newEmployee("a@example.com").put("status", "active").put("title", "x")),
        response -> assertValidationFailed(response,
            new JsonObject().put("status", "read_only").put("title", "unknown_field")));
  }

  @Test
  void email_held_by_another_employee_in_any_case_is_taken(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        create(TestTenant.newEmployee("ada@example.com"))
            .compose(holder -> api.post(TestTenant.EMPLOYEES, TestTenant.newEmployee("ADA@Example.COM"))
                .map(response -> {
                  assertThat(response.statusCode()).isEqualTo(409);
                  return error(response);
                })
                .map(error -> {
                  assertThat(error.getString("code")).isEqualTo("email_taken");
                  return error.getJsonObject("details").getString("employee_id").equals(holder.getString("id"));
                })),
        namesTheHolder -> {
          assertThat(namesTheHolder).isTrue();
          assertThat(emulator.store().employees(TestTenant.COMPANY)).hasSize(1);
        });
  }

  @Test
  void email_of_an_archived_employee_is_still_taken(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        create(TestTenant.newEmployee("ada@example.com"))
            .compose(holder -> api.post(TestTenant.employee(holder.getString("id")) + "/archive", new JsonObject()))
            .compose(archived -> api.post(TestTenant.EMPLOYEES, TestTenant.newEmployee("ada@example.com"))),
        response -> {
          assertThat(response.statusCode()).isEqualTo(409);
          assertThat(error(response).getString("code")).isEqualTo("email_taken");
        });
  }

  @Test
  void email_is_free_again_after_its_holder_is_deleted(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        create(TestTenant.newEmployee("ada@example.com"))
            .compose(holder -> api.delete(TestTenant.employee(holder.getString("id")))
                .compose(deleted -> create(TestTenant.newEmployee("Ada@example.com")))
                .map(successor -> {
                  assertThat(successor.getString("id")).isNotEqualTo(holder.getString("id"));
                  return successor;
                })),
        successor -> assertThat(emulator.store().employees(TestTenant.COMPANY)).hasSize(1));
  }

  @Test
  void email_used_in_another_company_is_free(VertxTestContext testContext) {
    verifyThenComplete(testContext, create(TestTenant.newEmployee("shared@example.com")),
        created -> assertThat(created.getString("email")).isEqualTo("shared@example.com"));
  }

  @Test
  void creating_in_an_unknown_company_is_not_found(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.post("/companies/cmp_nobody/employees", TestTenant.newEmployee("a@example.com")),
        response -> assertThat(response.statusCode()).isEqualTo(404));
  }
}
