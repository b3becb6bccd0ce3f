package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Skovik extension: {@code custom_fieldN} ↔ {@code custom_fields[mapping[custom_fieldN]]}
 * for every custom field type, validated against its definition before anything reaches the
 * upstream.
 *
 * <p>Mappings here: 1 → text {@code cf_cost_center}, 2 → select {@code cf_level}
 * (junior/senior), 3 → number {@code cf_headcount}, 4 → boolean {@code cf_remote}, 5 → date
 * {@code cf_start}; {@code custom_field7} is not mapped.
 */
class CustomFieldMappingTest extends UserGatewayTest {

  @Override
  protected JsonObject identityProvider() {
    JsonObject idp = super.identityProvider();
    idp.getJsonObject("custom_field_mappings")
        .put("custom_field3", "cf_headcount")
        .put("custom_field4", "cf_remote")
        .put("custom_field5", "cf_start");
    return idp;
  }

  @Override
  protected JsonArray customFields() {
    return super.customFields()
        .add(new JsonObject().put("id", "cf_headcount").put("name", "Headcount").put("type", "number"))
        .add(new JsonObject().put("id", "cf_remote").put("name", "Remote").put("type", "boolean"))
        .add(new JsonObject().put("id", "cf_start").put("name", "Start date").put("type", "date"))
        .add(new JsonObject().put("id", "cf_unmapped").put("name", "Badge").put("type", "text"));
  }

  @Test
  void every_custom_field_type_is_sent_under_its_skovik_id() {
    stubCreate(ada().version(1).customField("cf_cost_center", "4410").customField("cf_level", "senior")
        .customField("cf_headcount", 12.5).customField("cf_remote", true)
        .customField("cf_start", "2026-03-01"));

    JsonNode user = assertUser(gateway.post(USERS, adaWith("""
        {'custom_field1': '4410', 'custom_field2': 'senior', 'custom_field3': 12.5,
         'custom_field4': true, 'custom_field5': '2026-03-01'}
        """)), 201);

    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES)).withRequestBody(equalToJson("""
        {"custom_fields": {"cf_cost_center": "4410", "cf_level": "senior", "cf_headcount": 12.5,
                           "cf_remote": true, "cf_start": "2026-03-01"}}
        """, false, true)));
    assertThat(user.path("schemas")).extracting(JsonNode::asText).contains(SKOVIK);
    JsonNode extension = user.path(SKOVIK);
    assertThat(extension.path("custom_field1").asText()).isEqualTo("4410");
    assertThat(extension.path("custom_field2").asText()).isEqualTo("senior");
    assertThat(extension.path("custom_field3").decimalValue()).isEqualByComparingTo("12.5");
    assertThat(extension.path("custom_field4").isBoolean()).isTrue();
    assertThat(extension.path("custom_field4").asBoolean()).isTrue();
    assertThat(extension.path("custom_field5").asText()).isEqualTo("2026-03-01");
  }

  @Test
  void string_forms_of_numbers_and_booleans_are_sent_as_json_numbers_and_booleans() {
    stubCreate(ada().version(1));

    assertUser(gateway.post(USERS, adaWith("""
        {'custom_field3': '12.5', 'custom_field4': 'True'}
        """)), 201);

    JsonNode sent = bodyOf(onlyRequest(RequestMethod.POST, EMPLOYEES)).path("custom_fields");
    assertThat(sent.path("cf_headcount").isNumber()).as("number in %s", sent).isTrue();
    assertThat(sent.path("cf_headcount").decimalValue()).isEqualByComparingTo("12.5");
    assertThat(sent.path("cf_remote").isBoolean()).as("boolean in %s", sent).isTrue();
    assertThat(sent.path("cf_remote").asBoolean()).isTrue();
  }

  @Test
  void a_text_of_exactly_1000_characters_is_accepted() {
    stubCreate(ada().version(1));

    assertUser(gateway.post(USERS, adaWith("{'custom_field1': '" + "x".repeat(1000) + "'}")), 201);

    assertThat(bodyOf(onlyRequest(RequestMethod.POST, EMPLOYEES))
        .path("custom_fields").path("cf_cost_center").asText()).hasSize(1000);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "custom_field1 | 'TOO_LONG'",
      "custom_field1 | {'nested': 1}",
      "custom_field2 | 'Senior'",
      "custom_field2 | 'lead'",
      "custom_field3 | 'twelve'",
      "custom_field3 | true",
      "custom_field4 | 'yes'",
      "custom_field4 | 1",
      "custom_field5 | '2026-02-30'",
      "custom_field5 | '01.03.2026'",
      "custom_field5 | '2026-3-1'",
      "custom_field5 | 20260301"})
  void an_invalid_value_is_refused_naming_the_attribute_before_any_upstream_call(String attribute,
      String value) {
    String sent = value.replace("TOO_LONG", "x".repeat(1001));

    ScimResponse response = gateway.post(USERS, adaWith("{'" + attribute + "': " + sent + "}"));

    JsonNode error = assertScimError(response, 400, "invalidValue");
    assertThat(error.path("detail").asText()).contains(attribute);
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void an_invalid_date_is_refused_on_patch_too_before_any_write() {
    stubEmployee(ada());

    JsonNode error = assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'add', 'path': 'urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field5',
          'value': '2026-02-30'}]
        """)), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("custom_field5").contains("YYYY-MM-DD");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @ParameterizedTest(name = "custom_field1 = {0}")
  @ValueSource(strings = {"null", "''"})
  void an_empty_custom_field_on_create_is_not_sent(String value) {
    stubCreate(ada().version(1));

    assertUser(gateway.post(USERS, adaWith("{'custom_field1': " + value + "}")), 201);

    assertThat(bodyOf(onlyRequest(RequestMethod.POST, EMPLOYEES)).has("custom_fields")).isFalse();
  }

  @ParameterizedTest(name = "custom_field3 replaced with {0}")
  @ValueSource(strings = {"null", "''"})
  void null_or_an_empty_string_clears_a_custom_field(String value) {
    stubEmployee(ada().customField("cf_headcount", 3).customField("cf_cost_center", "4410"));
    stubPatch(ada().customField("cf_cost_center", "4410").nextVersion());

    JsonNode user = assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field3',
          'value': %s}]
        """.formatted(value))), 200);

    assertThat(user.path(SKOVIK).has("custom_field3")).isFalse();
    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"custom_fields\": {\"cf_headcount\": null}}")));
  }

  @Test
  void removing_a_custom_field_clears_it() {
    stubEmployee(ada().customField("cf_start", "2026-03-01"));
    stubPatch(ada().nextVersion());

    assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'remove', 'path': 'urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field5'}]
        """)), 200);

    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"custom_fields\": {\"cf_start\": null}}")));
  }

  @Test
  void the_string_form_of_a_stored_number_or_boolean_changes_nothing() {
    stubEmployee(ada().customField("cf_headcount", 12.5).customField("cf_remote", true));

    assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'value': {
           'urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field3': '12.50',
           'urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field4': 'TRUE'}}]
        """)), 200);

    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void a_changed_custom_field_is_the_only_member_of_the_merge_patch() {
    stubEmployee(ada().customField("cf_cost_center", "4410").customField("cf_level", "junior"));
    stubPatch(ada().customField("cf_cost_center", "4410").customField("cf_level", "senior").nextVersion());

    JsonNode user = assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field2',
          'value': 'senior'}]
        """)), 200);

    assertThat(user.path(SKOVIK).path("custom_field2").asText()).isEqualTo("senior");
    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"custom_fields\": {\"cf_level\": \"senior\"}}")));
  }

  @Test
  void a_stored_value_that_no_longer_fits_its_definition_does_not_block_other_changes() {
    // An administrator renamed the select options after "lead" was stored; an identity provider
    // echoing the stored value back (Okta's GET-then-PUT) must still be able to change the name.
    stubEmployee(ada().customField("cf_level", "lead"));
    stubPatch(ada().customField("cf_level", "lead").lastName("King").nextVersion());

    assertUser(gateway.put(USERS + "/emp_ada", adaWith("{'custom_field2': 'lead'}")
        .replace("Lovelace", "King")), 200);

    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"last_name\": \"King\"}")));
  }

  @Test
  void a_stored_value_that_no_longer_fits_is_still_refused_when_a_client_sets_it_anew() {
    stubEmployee(ada().customField("cf_level", "junior"));

    JsonNode error = assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field2',
          'value': 'lead'}]
        """)), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("custom_field2").contains("junior, senior");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void an_unmapped_custom_field_on_create_is_refused_naming_the_missing_mapping() {
    JsonNode error = assertScimError(gateway.post(USERS, adaWith("{'custom_field7': 'x'}")), 400,
        "invalidValue");

    assertThat(error.path("detail").asText()).contains("custom_field7").contains("not mapped");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void an_unmapped_custom_field_on_a_patch_path_is_refused_before_any_write() {
    stubEmployee(ada());

    JsonNode error = assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'add', 'path': 'urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field7',
          'value': 'x'}]
        """)), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("custom_field7").contains("not mapped");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void an_unmapped_custom_field_as_a_path_less_urn_key_is_refused() {
    stubEmployee(ada());

    JsonNode error = assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'value': {
           'urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field7': 'x'}}]
        """)), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("custom_field7");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void stored_values_read_with_their_json_types_and_unmapped_fields_stay_hidden() {
    stubEmployee(ada().customField("cf_cost_center", "4410").customField("cf_headcount", 3)
        .customField("cf_remote", false).customField("cf_start", "2026-03-01")
        .customField("cf_unmapped", "secret badge"));

    JsonNode user = assertUser(gateway.get(USERS + "/emp_ada"), 200);

    JsonNode extension = user.path(SKOVIK);
    assertThat(extension.path("custom_field1").asText()).isEqualTo("4410");
    assertThat(extension.path("custom_field3").isIntegralNumber()).isTrue();
    assertThat(extension.path("custom_field3").asInt()).isEqualTo(3);
    assertThat(extension.path("custom_field4").isBoolean()).isTrue();
    assertThat(extension.path("custom_field4").asBoolean()).isFalse();
    assertThat(extension.path("custom_field5").asText()).isEqualTo("2026-03-01");
    assertThat(extension.has("custom_field2")).isFalse();
    assertThat(user.toString()).doesNotContain("secret badge");
  }

  @Test
  void an_employee_without_mapped_custom_fields_reads_without_the_skovik_extension() {
    stubEmployee(ada().customField("cf_unmapped", "badge"));

    JsonNode user = assertUser(gateway.get(USERS + "/emp_ada"), 200);

    assertThat(user.has(SKOVIK)).isFalse();
    assertThat(user.path("schemas")).extracting(JsonNode::asText).doesNotContain(SKOVIK);
  }

  @Test
  void skovik_refusing_a_custom_field_names_the_scim_attribute() {
    stubEmployee(ada());
    skovik.stubFor(patch(urlPathEqualTo(employeePath("emp_ada"))).willReturn(skovikError(422,
        "validation_failed", new JsonObject().put("custom_fields.cf_headcount", "invalid_number"))));

    JsonNode error = assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field3',
          'value': 1e400}]
        """)), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("custom_field3").doesNotContain("cf_headcount");
  }

  private static String adaWith(String skovikExtension) {
    return json("""
        {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User',
                     'urn:ietf:params:scim:schemas:extension:skovik:2.0:User'],
         'userName': 'ada.lovelace@example.com',
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'},
         'urn:ietf:params:scim:schemas:extension:skovik:2.0:User': %s}
        """.formatted(skovikExtension));
  }
}
