package com.skovik.scim.scim.normalise;

import static com.skovik.scim.scim.ScimSchemas.ENTERPRISE_USER;
import static com.skovik.scim.scim.ScimSchemas.SKOVIK_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.scim.schema.CustomFieldAttribute.Kind;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.scim.schema.UserSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceNormaliserTest {

  private static final ResourceSchema SCHEMA = UserSchemas.forIdentityProvider(true, List.of(
      new CustomFieldAttribute("custom_field1", "cf_cost", "Cost center", Kind.TEXT, List.of()),
      new CustomFieldAttribute("custom_field2", "cf_fte", "FTE", Kind.NUMBER, List.of()),
      new CustomFieldAttribute("custom_field3", "cf_remote", "Remote", Kind.BOOLEAN, List.of())));

  private final ResourceNormaliser normaliser = new ResourceNormaliser(Set.of(SKOVIK_USER));

  @Test
  void attribute_names_in_any_case_take_the_schema_spelling() {
    assertThat(normalise("""
        {"USERNAME": "ann@example.com", "ExternalID": "x1", "Active": true,
         "Name": {"GivenName": "Ann", "FAMILYNAME": "Berg"}}"""))
        .isEqualTo(json("""
            {"userName": "ann@example.com", "externalId": "x1", "active": true,
             "name": {"givenName": "Ann", "familyName": "Berg"}}"""));
  }

  @Test
  void extension_urn_keys_in_any_case_take_the_schema_urn() {
    assertThat(normalise("""
        {"URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER": {"Division": "NO-OSL"}}"""))
        .isEqualTo(json("""
            {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
              {"division": "NO-OSL"}}"""));
  }

  @Test
  void urn_qualified_keys_are_split_at_the_last_colon() {
    assertThat(normalise("""
        {"urn:ietf:params:scim:schemas:core:2.0:User:userName": "ann@example.com",
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division": "NO-OSL",
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value": "emp_1",
         "urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field1": "4711"}"""))
        .isEqualTo(json("""
            {"userName": "ann@example.com",
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
               {"division": "NO-OSL", "manager": {"value": "emp_1"}},
             "urn:ietf:params:scim:schemas:extension:skovik:2.0:User":
               {"custom_field1": "4711"}}"""));
  }

  @Test
  void dotted_keys_merge_into_their_complex_attribute() {
    assertThat(normalise("""
        {"name": {"givenName": "Ann"}, "name.familyName": "Berg", "Name.GivenName": "Anna"}"""))
        .isEqualTo(json("""
            {"name": {"givenName": "Anna", "familyName": "Berg"}}"""));
  }

  @Test
  void nested_extension_objects_keep_their_attributes_under_the_urn() {
    assertThat(normalise("""
        {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
           {"division": "NO-OSL", "manager": {"value": "emp_1"}},
         "urn:ietf:params:scim:schemas:extension:skovik:2.0:User":
           {"CUSTOM_FIELD1": "CC-12", "custom_field2": 0.5}}"""))
        .isEqualTo(json("""
            {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
               {"division": "NO-OSL", "manager": {"value": "emp_1"}},
             "urn:ietf:params:scim:schemas:extension:skovik:2.0:User":
               {"custom_field1": "CC-12", "custom_field2": 0.5}}"""));
  }

  @Test
  void extension_attributes_without_their_urn_are_found_in_the_extension() {
    assertThat(normalise("""
        {"division": "NO-OSL", "manager": "emp_1"}"""))
        .isEqualTo(json("""
            {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
               {"division": "NO-OSL", "manager": {"value": "emp_1"}}}"""));
  }

  @Test
  void legacy_and_misspelled_schema_urns_are_ignored_not_rejected() {
    assertThat(normalise("""
        {"schemas": ["urn:scim:schemas:core:1.0",
                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0User",
                     "urn:scim:schemas:extension:enterprise:1.0"],
         "userName": "ann@example.com"}"""))
        .isEqualTo(json("""
            {"userName": "ann@example.com"}"""));
  }

  @Test
  void read_only_attributes_are_dropped_silently() {
    assertThat(normalise("""
        {"id": "emp_9", "meta": {"resourceType": "User"}, "displayName": "Ann Berg",
         "groups": [], "password": "1mz050nq", "roles": [],
         "name": {"formatted": "Ann Berg", "givenName": "Ann"}, "name.formatted": "Ann Berg",
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
           {"manager": {"value": "emp_1", "displayName": "Bo Boss",
                        "$ref": "https://scim.example.com/Users/emp_1"}}}"""))
        .isEqualTo(json("""
            {"name": {"givenName": "Ann"},
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
               {"manager": {"value": "emp_1"}}}"""));
  }

  @ParameterizedTest(name = "emails as {0}")
  @ValueSource(strings = {
      "[{\"primary\": true, \"type\": \"work\", \"value\": \"ann@example.com\"}]",
      "{\"value\": \"ann@example.com\", \"type\": \"work\", \"primary\": true}",
      "\"ann@example.com\"",
      "null",
      "[]"})
  void emails_are_dropped_in_every_shape(String emails) {
    assertThat(normalise("{\"userName\": \"ann@example.com\", \"Emails\": " + emails + "}"))
        .isEqualTo(json("{\"userName\": \"ann@example.com\"}"));
  }

  @ParameterizedTest(name = "active {0}")
  @ValueSource(strings = {"true", "\"true\"", "\"True\"", "\"TRUE\"", "false", "\"false\"",
      "\"False\"", "\"FALSE\""})
  void booleans_sent_as_strings_become_json_booleans(String active) {
    boolean expected = active.toLowerCase().contains("true");
    assertThat(normalise("{\"active\": " + active + "}").get("active").isBoolean()).isTrue();
    assertThat(normalise("{\"active\": " + active + "}").get("active").booleanValue())
        .isEqualTo(expected);
    assertThat(normalise("{\"urn:ietf:params:scim:schemas:extension:skovik:2.0:User:"
        + "custom_field3\": " + active + "}"))
        .isEqualTo(json("{\"" + SKOVIK_USER + "\": {\"custom_field3\": " + expected + "}}"));
  }

  @ParameterizedTest(name = "active {0}")
  @ValueSource(strings = {"\"yes\"", "\"1\"", "1", "{\"value\": true}"})
  void an_active_that_is_not_a_boolean_is_rejected(String active) {
    assertThatThrownBy(() -> normalise("{\"active\": " + active + "}"))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.scimType()).contains("invalidValue");
          assertThat(e.detail()).contains("\"active\"").contains("true or false");
        });
  }

  @Test
  void numeric_strings_become_numbers_for_decimal_attributes() {
    assertThat(normalise("""
        {"urn:ietf:params:scim:schemas:extension:skovik:2.0:User": {"custom_field2": "12.5"}}"""))
        .isEqualTo(json("""
            {"urn:ietf:params:scim:schemas:extension:skovik:2.0:User": {"custom_field2": 12.5}}"""));
  }

  @Test
  void values_that_cannot_be_coerced_are_left_for_validation_to_report() {
    assertThat(normalise("""
        {"urn:ietf:params:scim:schemas:extension:skovik:2.0:User":
          {"custom_field2": "twelve", "custom_field3": "yes"}}"""))
        .isEqualTo(json("""
            {"urn:ietf:params:scim:schemas:extension:skovik:2.0:User":
              {"custom_field2": "twelve", "custom_field3": "yes"}}"""));
  }

  @Test
  void an_empty_string_asks_to_clear_a_single_valued_attribute() {
    assertThat(normalise("""
        {"externalId": "", "name.givenName": "",
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division": "",
         "urn:ietf:params:scim:schemas:extension:skovik:2.0:User": {"custom_field2": ""}}"""))
        .isEqualTo(json("""
            {"externalId": null, "name": {"givenName": null},
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"division": null},
             "urn:ietf:params:scim:schemas:extension:skovik:2.0:User": {"custom_field2": null}}"""));
  }

  @Test
  void explicit_nulls_are_kept_and_nulls_of_unknown_attributes_dropped() {
    assertThat(normalise("""
        {"externalId": null, "title": null, "addresses": null, "department": null,
         "manager": null, "phoneNumbers": null}"""))
        .isEqualTo(json("""
            {"externalId": null,
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"manager": null}}"""));
  }

  @ParameterizedTest(name = "manager {0}")
  @ValueSource(strings = {
      "\"emp_1\"",
      "{\"value\": \"emp_1\"}",
      "{\"Value\": \"emp_1\"}",
      "[{\"value\": \"emp_1\"}]",
      "[{\"$ref\": \"https://scim.example.com/Users/emp_1\", \"value\": \"emp_1\"}]",
      "{\"managerId\": \"emp_1\"}",
      "{\"value\": \"emp_1\", \"displayName\": \"Bo Boss\"}"})
  void manager_in_every_form_becomes_an_object_with_its_value(String manager) {
    assertThat(normalise("{\"" + ENTERPRISE_USER + "\": {\"manager\": " + manager + "}}"))
        .isEqualTo(json("{\"" + ENTERPRISE_USER + "\": {\"manager\": {\"value\": \"emp_1\"}}}"));
  }

  @ParameterizedTest(name = "manager {0}")
  @ValueSource(strings = {"\"\"", "null", "{\"value\": \"\"}", "{\"value\": null}",
      "{\"Value\": \"\", \"displayName\": \"Bo Boss\"}", "[]", "[{\"value\": \"\"}]"})
  void manager_sent_empty_asks_to_clear_it(String manager) {
    assertThat(normalise("{\"" + ENTERPRISE_USER + ":manager\": " + manager + "}"))
        .isEqualTo(json("{\"" + ENTERPRISE_USER + "\": {\"manager\": null}}"));
  }

  @Test
  void a_manager_with_only_read_only_parts_writes_nothing() {
    assertThat(normalise("""
        {"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
          {"manager": {"displayName": "Bo Boss"}}}"""))
        .isEqualTo(json("{}"));
  }

  @Test
  void an_unmapped_skovik_attribute_is_rejected_with_a_message_for_the_administrator() {
    for (String body : List.of(
        "{\"" + SKOVIK_USER + "\": {\"custom_field7\": \"x\"}}",
        "{\"" + SKOVIK_USER + ":custom_field7\": \"x\"}",
        "{\"" + SKOVIK_USER.toUpperCase() + ":CUSTOM_FIELD7\": \"x\"}")) {
      assertThatThrownBy(() -> normalise(body))
          .isInstanceOfSatisfying(ScimException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.scimType()).contains("invalidValue");
            assertThat(e.detail().toLowerCase())
                .contains("custom_field7")
                .contains("not mapped to a skovik custom field for this identity provider "
                    + "configuration")
                .contains("administrator maps");
          });
    }
  }

  @Test
  void clearing_an_unmapped_skovik_attribute_changes_nothing_and_is_dropped() {
    for (String body : List.of(
        "{\"" + SKOVIK_USER + "\": {\"custom_field7\": null}}",
        "{\"" + SKOVIK_USER + ":custom_field8\": \"\"}")) {
      assertThat(normalise(body)).as(body).isEqualTo(json("{}"));
    }
  }

  @Test
  void unknown_attributes_and_unknown_schemas_are_dropped() {
    assertThat(normalise("""
        {"userName": "ann@example.com", "title": "Engineer", "adreses": [],
         "phoneNumbers": [{"type": "mobile", "value": "555"}],
         "addresses": [{"type": "work", "locality": "Oslo"}], "locale": "en-US",
         "name": {"givenName": "Ann", "middleName": "Excited"},
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber": "42",
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
           {"department": "R&D", "organization": "Skovik"},
         "urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User": {"tag": "701984"},
         "urn:scim:schemas:extension:enterprise:1.0": {"department": "R&D"}}"""))
        .isEqualTo(json("""
            {"userName": "ann@example.com", "name": {"givenName": "Ann"}}"""));
  }

  @Test
  void dropped_members_are_reported_by_name() {
    List<String> ignored = new ArrayList<>();
    normaliser.normalise(json("""
        {"id": "emp_9", "title": "Engineer", "name": {"givenName": "Ann", "middleName": "E"},
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
           {"employeeNumber": "42", "manager": {"value": "emp_1", "displayName": "Bo"}}}"""),
        SCHEMA, ignored::add);
    assertThat(ignored).containsExactly("id", "title", "name.middleName",
        ENTERPRISE_USER + ":employeeNumber", ENTERPRISE_USER + ":manager.displayName");
  }

  @Test
  void values_are_returned_exactly_as_sent() {
    assertThat(normalise("""
        {"userName": "Ann.Berg@Example.COM", "externalId": " 00ujl29u0le5T6Aj10h7 ",
         "name": {"givenName": "aNN", "familyName": "van der Berg"},
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
           {"division": "no-osl", "manager": "Emp_1"},
         "urn:ietf:params:scim:schemas:extension:skovik:2.0:User": {"custom_field1": "0042"}}"""))
        .isEqualTo(json("""
            {"userName": "Ann.Berg@Example.COM", "externalId": " 00ujl29u0le5T6Aj10h7 ",
             "name": {"givenName": "aNN", "familyName": "van der Berg"},
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
               {"division": "no-osl", "manager": {"value": "Emp_1"}},
             "urn:ietf:params:scim:schemas:extension:skovik:2.0:User": {"custom_field1": "0042"}}"""));
  }

  @Test
  void the_body_is_not_modified() {
    ObjectNode body = json("""
        {"active": "False", "name.givenName": "Ann", "manager": "emp_1",
         "urn:ietf:params:scim:schemas:extension:skovik:2.0:User": {"custom_field2": "1.5"}}""");
    ObjectNode copy = body.deepCopy();
    normaliser.normalise(body, SCHEMA);
    assertThat(body).isEqualTo(copy);
  }

  @Test
  void a_body_that_is_not_an_object_is_invalid_syntax() {
    assertThatThrownBy(() -> normaliser.normalise(json("[]"), SCHEMA))
        .isInstanceOfSatisfying(ScimException.class,
            e -> assertThat(e.scimType()).contains("invalidSyntax"));
  }

  private ObjectNode normalise(String body) {
    return normaliser.normalise(json(body), SCHEMA);
  }

  @SuppressWarnings("unchecked")
  private static <T extends JsonNode> T json(String text) {
    try {
      return (T) ScimJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad test JSON: " + text, e);
    }
  }
}
