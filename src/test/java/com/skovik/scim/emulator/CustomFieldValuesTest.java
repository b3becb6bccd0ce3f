package com.skovik.scim.emulator;

import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomFieldValuesTest extends EmulatorHttpTest {

  @Test
  void a_valid_value_of_every_type_is_stored(VertxTestContext testContext) {
    JsonObject values = new JsonObject()
        .put("cf_text", "x".repeat(1000))
        .put("cf_number", 37.5)
        .put("cf_flag", false)
        .put("cf_date", "2024-02-29")
        .put("cf_level", "senior");
    verifyThenComplete(testContext, create(TestTenant.newEmployee("ada@example.com").put("custom_fields", values)),
        created -> assertThat(created.getJsonObject("custom_fields")).isEqualTo(values));
  }

  @Test
  void a_wrong_value_of_every_type_is_reported_by_field(VertxTestContext testContext) {
    JsonObject values = new JsonObject()
        .put("cf_text", "x".repeat(1001))
        .put("cf_number", "37.5")
        .put("cf_flag", "true")
        .put("cf_date", "2023-02-29")
        .put("cf_level", "Senior");
    verifyThenComplete(testContext,
        api.post(TestTenant.EMPLOYEES, TestTenant.newEmployee("ada@example.com").put("custom_fields", values)),
        response -> assertValidationFailed(response, new JsonObject()
            .put("custom_fields.cf_text", "invalid_text")
            .put("custom_fields.cf_number", "invalid_number")
            .put("custom_fields.cf_flag", "invalid_boolean")
            .put("custom_fields.cf_date", "invalid_date")
            .put("custom_fields.cf_level", "invalid_select")));
  }

  @Test
  void unknown_custom_field_is_rejected(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.post(TestTenant.EMPLOYEES, TestTenant.newEmployee("ada@example.com")
            .put("custom_fields", new JsonObject().put("cf_shoe_size", 44))),
        response -> assertValidationFailed(response,
            new JsonObject().put("custom_fields.cf_shoe_size", "unknown_custom_field")));
  }

  @Test
  void custom_fields_that_are_not_an_object_are_rejected(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.post(TestTenant.EMPLOYEES, TestTenant.newEmployee("ada@example.com").put("custom_fields", "cf_text=1")),
        response -> assertValidationFailed(response, new JsonObject().put("custom_fields", "invalid_type")));
  }

  @Test
  void a_wrong_value_in_a_patch_is_rejected_and_nothing_changes(VertxTestContext testContext) {
    String adaId = emulator.store()
        .addEmployee(TestTenant.COMPANY, EmployeeFields.of("ada@example.com", "Ada", "Lovelace", "br_oslo")).id();
    verifyThenComplete(testContext,
        api.patch(TestTenant.employee(adaId), new JsonObject().put("first_name", "Augusta")
            .put("custom_fields", new JsonObject().put("cf_date", "30.11.2026"))),
        response -> {
          assertValidationFailed(response, new JsonObject().put("custom_fields.cf_date", "invalid_date"));
          assertThat(emulator.store().employee(TestTenant.COMPANY, adaId).orElseThrow().version()).isEqualTo(1);
        });
  }
}
