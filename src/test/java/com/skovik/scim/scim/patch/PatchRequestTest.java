package com.skovik.scim.scim.patch;

import static com.skovik.scim.scim.patch.PatchTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.patch.PatchOperation.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatchRequestTest {

  @Test
  void member_names_and_op_names_are_read_in_any_case() {
    PatchRequest request = PatchRequest.parse(json("""
        {"Schemas": ["URN:IETF:PARAMS:SCIM:API:MESSAGES:2.0:PATCHOP"],
         "operations": [{"OP": "Replace", "Path": "active", "VALUE": "False"},
                        {"op": "ADD", "path": "name.givenName", "value": "Bar"},
                        {"op": "remove", "path": "manager"}]}"""));

    assertThat(request.operations()).containsExactly(
        new PatchOperation(Op.REPLACE, "active", json("\"False\"")),
        new PatchOperation(Op.ADD, "name.givenName", json("\"Bar\"")),
        new PatchOperation(Op.REMOVE, "manager", null));
  }

  @Test
  void a_request_without_schemas_is_accepted() {
    assertThat(PatchRequest.parse(json("""
        {"Operations": [{"op": "replace", "value": {"active": false}}]}""")).operations())
        .containsExactly(new PatchOperation(Op.REPLACE, null, json("{\"active\": false}")));
  }

  @Test
  void an_empty_operations_array_is_a_request_that_does_nothing() {
    assertThat(PatchRequest.parse(json("""
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": []}"""))
        .operations()).isEmpty();
  }

  @Test
  void an_empty_path_and_a_null_value_count_as_absent() {
    assertThat(PatchRequest.parse(json("""
        {"Operations": [{"op": "remove", "path": " ", "value": null}]}""")).operations())
        .containsExactly(new PatchOperation(Op.REMOVE, null, null));
  }

  @ParameterizedTest(name = "body {0}")
  @ValueSource(strings = {"{}", "{\"Operations\": {\"op\": \"add\"}}",
      "{\"Operations\": \"replace\"}", "{\"Operations\": null}", "[]", "\"PATCH\""})
  void a_body_without_an_operations_array_is_invalid_syntax(String body) {
    assertThatThrownBy(() -> PatchRequest.parse(json(body)))
        .isInstanceOfSatisfying(ScimException.class,
            e -> assertThat(e.scimType()).contains("invalidSyntax"));
  }

  @Test
  void an_unknown_op_is_invalid_syntax_naming_it() {
    assertThatThrownBy(() -> PatchRequest.parse(json("""
        {"Operations": [{"op": "replace", "path": "active", "value": false},
                        {"op": "move", "path": "active"}]}""")))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.scimType()).contains("invalidSyntax");
          assertThat(e.detail()).contains("operation 2").contains("\"move\"")
              .contains("add, replace or remove");
        });
  }

  @ParameterizedTest(name = "operation {0}")
  @ValueSource(strings = {"{\"path\": \"active\", \"value\": false}", "{\"op\": 1}",
      "\"replace\""})
  void an_operation_without_a_usable_op_is_invalid_syntax(String operation) {
    assertThatThrownBy(() -> PatchRequest.parse(json("{\"Operations\": [" + operation + "]}")))
        .isInstanceOfSatisfying(ScimException.class,
            e -> assertThat(e.scimType()).contains("invalidSyntax"));
  }

  @Test
  void a_path_that_is_not_a_string_is_invalid_path() {
    assertThatThrownBy(() -> PatchRequest.parse(json("""
        {"Operations": [{"op": "remove", "path": ["manager"]}]}""")))
        .isInstanceOfSatisfying(ScimException.class,
            e -> assertThat(e.scimType()).contains("invalidPath"));
  }
}
