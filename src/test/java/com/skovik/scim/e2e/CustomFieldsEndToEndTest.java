package com.skovik.scim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.emulator.Employee;
import com.skovik.scim.support.EmulatorGatewayTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Skovik custom fields of every type through the Skovik extension ({@code custom_field1} text,
 * {@code 2} number, {@code 3} boolean, {@code 4} date, {@code 5} select for identity provider
 * {@value #IDP}): set on create, changed by PATCH, cleared with null — and stored in Skovik with
 * the JSON type of their definition. An invalid value is refused before anything is written.
 */
class CustomFieldsEndToEndTest extends EmulatorGatewayTest {

  @Test
  void every_type_is_set_on_create_and_stored_with_its_json_type() {
    JsonNode user = assertUser(gateway.post(USERS, """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
         "userName":"typed@example.com","name":{"givenName":"Ty","familyName":"Ped"},
         "%s":{"custom_field1":"CC-4410","custom_field2":37.5,"custom_field3":true,
               "custom_field4":"2026-01-15","custom_field5":"senior"}}
        """.formatted(SKOVIK, SKOVIK)), 201);

    JsonNode extension = user.path(SKOVIK);
    assertThat(extension.path("custom_field1").isTextual()).isTrue();
    assertThat(extension.path("custom_field1").asText()).isEqualTo("CC-4410");
    assertThat(extension.path("custom_field2").isNumber()).isTrue();
    assertThat(extension.path("custom_field2").decimalValue()).isEqualByComparingTo("37.5");
    assertThat(extension.path("custom_field3").isBoolean()).isTrue();
    assertThat(extension.path("custom_field3").asBoolean()).isTrue();
    assertThat(extension.path("custom_field4").asText()).isEqualTo("2026-01-15");
    assertThat(extension.path("custom_field5").asText()).isEqualTo("senior");
    assertThat(user.path("schemas").toString()).contains(SKOVIK);

    Employee stored = employee(user.path("id").asText());
    assertThat(stored.customFields().get(CF_COST_CENTER)).isEqualTo("CC-4410");
    assertThat(stored.customFields().get(CF_WEEKLY_HOURS)).isInstanceOf(Number.class);
    assertThat(((Number) stored.customFields().get(CF_WEEKLY_HOURS)).doubleValue()).isEqualTo(37.5);
    assertThat(stored.customFields().get(CF_REMOTE)).isEqualTo(Boolean.TRUE);
    assertThat(stored.customFields().get(CF_START_DATE)).isEqualTo("2026-01-15");
    assertThat(stored.customFields().get(CF_LEVEL)).isEqualTo("senior");
  }

  @Test
  void string_forms_of_numbers_and_booleans_are_stored_as_numbers_and_booleans() {
    JsonNode user = assertUser(gateway.post(USERS, """
        {"userName":"strings@example.com","name":{"givenName":"Str","familyName":"Ings"},
         "%s":{"custom_field2":"40","custom_field3":"False"}}
        """.formatted(SKOVIK)), 201);

    Employee stored = employee(user.path("id").asText());
    assertThat(stored.customFields().get(CF_WEEKLY_HOURS)).isInstanceOf(Number.class);
    assertThat(((Number) stored.customFields().get(CF_WEEKLY_HOURS)).intValue()).isEqualTo(40);
    assertThat(stored.customFields().get(CF_REMOTE)).isEqualTo(Boolean.FALSE);
    assertThat(user.path(SKOVIK).path("custom_field2").isNumber()).isTrue();
    assertThat(user.path(SKOVIK).path("custom_field3").isBoolean()).isTrue();
  }

  @Test
  void every_type_is_changed_by_patch_then_cleared_with_null() {
    String id = seedEmployee("changing@example.com", "Chan", "Ging").id();

    JsonNode user = assertUser(gateway.patch(user(id), """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"add","path":"%1$s:custom_field1","value":"CC-1"},
          {"op":"Replace","path":"%1$s:custom_field2","value":"12.25"},
          {"op":"replace","path":"%1$s:custom_field3","value":"True"},
          {"op":"replace","value":{"%1$s:custom_field4":"2026-02-28","%1$s:custom_field5":"lead"}}]}
        """.formatted(SKOVIK)), 200);

    assertThat(user.path(SKOVIK).path("custom_field5").asText()).isEqualTo("lead");
    Employee stored = employee(id);
    assertThat(stored.customFields().get(CF_COST_CENTER)).isEqualTo("CC-1");
    assertThat(((Number) stored.customFields().get(CF_WEEKLY_HOURS)).doubleValue()).isEqualTo(12.25);
    assertThat(stored.customFields().get(CF_REMOTE)).isEqualTo(Boolean.TRUE);
    assertThat(stored.customFields().get(CF_START_DATE)).isEqualTo("2026-02-28");
    assertThat(stored.customFields().get(CF_LEVEL)).isEqualTo("lead");

    user = assertUser(gateway.patch(user(id), """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"replace","path":"%1$s:custom_field2","value":40},
          {"op":"replace","path":"%1$s:custom_field3","value":false},
          {"op":"replace","path":"%1$s:custom_field5","value":"junior"}]}
        """.formatted(SKOVIK)), 200);
    stored = employee(id);
    assertThat(((Number) stored.customFields().get(CF_WEEKLY_HOURS)).intValue()).isEqualTo(40);
    assertThat(stored.customFields().get(CF_REMOTE)).isEqualTo(Boolean.FALSE);
    assertThat(stored.customFields().get(CF_LEVEL)).isEqualTo("junior");
    assertThat(user.path(SKOVIK).path("custom_field3").asBoolean(true)).isFalse();

    user = assertUser(gateway.patch(user(id), """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"replace","path":"%1$s:custom_field1","value":null},
          {"op":"replace","path":"%1$s:custom_field2","value":null},
          {"op":"replace","path":"%1$s:custom_field3","value":null},
          {"op":"replace","path":"%1$s:custom_field4","value":null},
          {"op":"replace","path":"%1$s:custom_field5","value":null}]}
        """.formatted(SKOVIK)), 200);
    assertThat(user.has(SKOVIK)).isFalse();
    assertThat(employee(id).customFields()).isEmpty();
  }

  @Test
  void remove_clears_a_custom_field_and_leaves_the_others() {
    String id = seedEmployee("removing@example.com", "Re", "Moving").id();
    assertUser(gateway.patch(user(id), """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"replace","value":{"%1$s":{"custom_field1":"CC-9","custom_field5":"senior"}}}]}
        """.formatted(SKOVIK)), 200);

    assertUser(gateway.patch(user(id), """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"remove","path":"%s:custom_field1"}]}
        """.formatted(SKOVIK)), 200);

    assertThat(employee(id).customFields()).doesNotContainKey(CF_COST_CENTER).containsEntry(CF_LEVEL, "senior");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "custom_field2 | \"forty\"         | weekly hours is a number",
      "custom_field2 | true              | weekly hours is a number",
      "custom_field3 | \"yes\"           | remote is a boolean",
      "custom_field3 | 1                 | remote is a boolean",
      "custom_field4 | \"15.01.2026\"    | start date is YYYY-MM-DD",
      "custom_field4 | \"2026-02-30\"     | start date is a calendar date",
      "custom_field5 | \"Senior\"        | level options match exactly",
      "custom_field5 | \"principal\"     | level is one of its options",
      "custom_field1 | {\"a\":1}         | cost center is text",
  })
  void an_invalid_value_is_refused_and_nothing_is_written(String attribute, String json, String why) {
    Employee before = seedEmployee("valid@example.com", "Val", "Id");

    String patchDetail = assertScimError(gateway.patch(user(before.id()), """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"replace","path":"name.givenName","value":"Changed"},
          {"op":"replace","path":"%s:%s","value":%s}]}
        """.formatted(SKOVIK, attribute, json)), 400, "invalidValue");
    assertThat(patchDetail).as(why).contains(attribute);
    assertThat(employee(before.id())).as("nothing written by the PATCH").isEqualTo(before);

    String createDetail = assertScimError(gateway.post(USERS, """
        {"userName":"invalid@example.com","name":{"givenName":"In","familyName":"Valid"},
         "%s":{"%s":%s}}
        """.formatted(SKOVIK, attribute, json)), 400, "invalidValue");
    assertThat(createDetail).as(why).contains(attribute);
    assertThat(employees()).as("nothing created").extracting(Employee::email)
        .doesNotContain("invalid@example.com");
  }

  @Test
  void a_text_longer_than_1000_characters_is_refused() {
    String tooLong = "x".repeat(1_001);

    assertScimError(gateway.post(USERS, """
        {"userName":"long@example.com","name":{"givenName":"Lo","familyName":"Ng"},
         "%s":{"custom_field1":"%s"}}
        """.formatted(SKOVIK, tooLong)), 400, "invalidValue");

    assertThat(employees()).isEmpty();
  }

  @Test
  void a_text_of_1000_characters_outside_the_basic_plane_is_accepted() {
    String thousandCharacters = "\uD83D\uDE00".repeat(1_000);

    JsonNode user = assertUser(gateway.post(USERS, """
        {"userName":"emoji@example.com","name":{"givenName":"Em","familyName":"Oji"},
         "%s":{"custom_field1":"%s"}}
        """.formatted(SKOVIK, thousandCharacters)), 201);

    assertThat(employee(user.path("id").asText()).customFields()).containsEntry(CF_COST_CENTER, thousandCharacters);
  }

  @Test
  void a_custom_field_the_identity_provider_does_not_map_is_refused_naming_the_mapping() {
    String detail = assertScimError(strictGateway().post(USERS, """
        {"userName":"unmapped@example.com","name":{"givenName":"Un","familyName":"Mapped"},
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"division":"NO-OSL"},
         "%s":{"custom_field1":"CC-1","custom_field2":40}}
        """.formatted(SKOVIK)), 400, "invalidValue");

    assertThat(detail).contains("custom_field2");
    assertThat(employees()).isEmpty();
  }

  @Test
  void the_schemas_endpoint_describes_the_fields_each_identity_provider_maps_with_their_types() {
    JsonNode schema = gateway.get("/scim/v2/Schemas/" + SKOVIK).json();
    JsonNode strictSchema = strictGateway().get("/scim/v2/Schemas/" + SKOVIK).json();

    assertThat(typeOf(schema, "custom_field1")).isEqualTo("string");
    assertThat(typeOf(schema, "custom_field2")).isEqualTo("decimal");
    assertThat(typeOf(schema, "custom_field3")).isEqualTo("boolean");
    assertThat(typeOf(schema, "custom_field4")).isEqualTo("string");
    assertThat(typeOf(schema, "custom_field5")).isEqualTo("string");
    assertThat(strictSchema.path("attributes").findValuesAsText("name")).containsExactly("custom_field1");
  }

  private static String typeOf(JsonNode schema, String attribute) {
    for (JsonNode candidate : schema.path("attributes")) {
      if (candidate.path("name").asText().equals(attribute)) {
        return candidate.path("type").asText();
      }
    }
    throw new AssertionError(attribute + " not in " + schema);
  }
}
