package com.skovik.scim.scim.patch;

import static com.skovik.scim.scim.patch.PatchTestSupport.NORMALISER;
import static com.skovik.scim.scim.patch.PatchTestSupport.SCHEMA;
import static com.skovik.scim.scim.patch.PatchTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.ScimException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatchEngineTest {

  private static final String USER = """
      {"id": "emp_42", "userName": "ann.berg@example.com", "active": true,
       "name": {"givenName": "Ann", "familyName": "Berg", "formatted": "Ann Berg"},
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
         {"division": "NO-OSL", "manager": {"value": "emp_1", "displayName": "Bo Boss"}}}""";

  private final PatchEngine engine = new PatchEngine(SCHEMA, NORMALISER);

  @Test
  void no_operations_return_an_equal_resource_that_is_a_new_object() {
    ObjectNode current = json(USER);

    PatchResult result = engine.apply(current, List.of());

    assertThat(result.resource()).isEqualTo(current).isNotSameAs(current);
    assertThat(result.ignoredPaths()).isEmpty();
  }

  @Test
  void the_current_resource_is_never_modified() {
    ObjectNode current = json(USER);
    ObjectNode untouched = current.deepCopy();

    PatchResult result = apply(current, """
        [{"op": "replace", "path": "name.givenName", "value": "Anna"},
         {"op": "remove", "path": "manager"},
         {"op": "replace", "value": {"active": "False",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division": "NO-BGN"}}]""");
    ((ObjectNode) result.resource().get("name")).put("familyName", "Changed afterwards");

    assertThat(current).isEqualTo(untouched);
  }

  @Test
  void remove_without_a_path_is_no_target() {
    assertScimError(() -> apply(json(USER), """
        [{"op": "remove", "value": {"active": false}}]"""), "noTarget");
  }

  @ParameterizedTest(name = "value {0}")
  @ValueSource(strings = {"false", "\"active\"", "[{\"active\": false}]", "null"})
  void add_without_a_path_needs_an_object_value(String value) {
    assertScimError(() -> apply(json(USER), "[{\"op\": \"add\", \"value\": " + value + "}]"),
        "invalidSyntax");
  }

  @ParameterizedTest(name = "path {0}")
  @ValueSource(strings = {"name..givenName", "name.givenName.first", "na me", "1name",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:", "manager[value eq \"x\"]x"})
  void a_malformed_path_is_invalid_path(String path) {
    assertScimError(() -> engine.apply(json(USER), List.of(new PatchOperation(
        PatchOperation.Op.REPLACE, path, json("\"x\"")))), "invalidPath");
  }

  @Test
  void a_value_filter_on_an_attribute_that_is_not_complex_is_invalid_path() {
    assertScimError(() -> apply(json(USER), """
        [{"op": "replace", "path": "userName[value eq \\"x\\"]", "value": "y"}]"""),
        "invalidPath");
  }

  @Test
  void an_unmapped_custom_field_is_invalid_value_in_every_form() {
    for (String operations : List.of(
        "[{\"op\": \"add\", \"path\": "
            + "\"urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field7\", "
            + "\"value\": \"x\"}]",
        "[{\"op\": \"replace\", \"value\": "
            + "{\"urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field7\": \"x\"}}]",
        "[{\"op\": \"replace\", \"value\": "
            + "{\"urn:ietf:params:scim:schemas:extension:skovik:2.0:User\": "
            + "{\"custom_field7\": \"x\"}}}]")) {
      assertThatThrownBy(() -> apply(json(USER), operations))
          .isInstanceOfSatisfying(ScimException.class, e -> {
            assertThat(e.scimType()).contains("invalidValue");
            assertThat(e.detail()).contains("custom_field7")
                .contains("not mapped to a Skovik custom field");
          });
    }
  }

  @Test
  void an_active_that_is_not_a_boolean_is_invalid_value() {
    assertScimError(() -> apply(json(USER), """
        [{"op": "Replace", "path": "active", "value": "Disabled"}]"""), "invalidValue");
  }

  @Test
  void one_failing_operation_discards_the_operations_before_it() {
    ObjectNode current = json(USER);
    ObjectNode untouched = current.deepCopy();

    assertScimError(() -> apply(current, """
        [{"op": "replace", "path": "active", "value": false},
         {"op": "remove"}]"""), "noTarget");
    assertThat(current).isEqualTo(untouched);
  }

  @Test
  void add_and_replace_set_a_single_valued_attribute_alike() {
    ObjectNode added = apply(json(USER), """
        [{"op": "add", "path": "externalId", "value": "x1"}]""").resource();
    ObjectNode replaced = apply(json(USER), """
        [{"op": "replace", "path": "externalId", "value": "x1"}]""").resource();

    assertThat(added).isEqualTo(replaced);
    assertThat(added.get("externalId").textValue()).isEqualTo("x1");
  }

  @Test
  void read_only_sub_attributes_stored_with_the_manager_are_left_for_the_caller_to_derive() {
    PatchResult result = apply(json(USER), """
        [{"op": "replace", "path": "manager", "value": "emp_2"}]""");

    assertThat(result.resource().at(
        "/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/manager"))
        .isEqualTo(json("{\"value\": \"emp_2\", \"displayName\": \"Bo Boss\"}"));
  }

  @Test
  void clearing_a_required_attribute_is_left_for_validation_to_refuse() {
    PatchResult result = apply(json(USER), """
        [{"op": "remove", "path": "name.givenName"},
         {"op": "replace", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division",
          "value": ""}]""");

    assertThat(result.resource().get("name"))
        .isEqualTo(json("{\"familyName\": \"Berg\", \"formatted\": \"Ann Berg\"}"));
    assertThat(result.resource().at(
        "/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/division").isMissingNode())
        .isTrue();
  }

  @Test
  void ignored_paths_name_the_attribute_but_never_a_value() {
    PatchResult result = apply(json(USER), """
        [{"op": "add", "path": "phoneNumbers[value eq \\"+47 555 12 345\\"].type",
          "value": "mobile"},
         {"op": "replace", "value": {"title": "Chief of secrets", "nickName": "Babs"}}]""");

    assertThat(result.ignoredPaths()).containsExactly("phoneNumbers[…].type", "title", "nickName");
    assertThat(String.join(" ", result.ignoredPaths()))
        .doesNotContain("555").doesNotContain("secrets").doesNotContain("Babs");
  }

  private PatchResult apply(ObjectNode current, String operations) {
    return engine.apply(current,
        PatchRequest.parse(json("{\"Operations\": " + operations + "}")).operations());
  }

  private static void assertScimError(ThrowingCallable call, String scimType) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ScimException.class, e -> {
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.scimType()).contains(scimType);
    });
  }
}
