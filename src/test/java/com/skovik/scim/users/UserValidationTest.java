package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.skovik.scim.auth.Tenant;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.scim.schema.CustomFieldAttribute.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserValidationTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Tenant TENANT = new Tenant("cmp_acme", "idp_okta", null, List.of(
      new CustomFieldAttribute("custom_field2", "cf_level", "Level", Kind.SELECT,
          List.of("junior", "senior")),
      new CustomFieldAttribute("custom_field3", "cf_fte", "FTE", Kind.NUMBER, List.of())));

  @ParameterizedTest(name = "userName {0}")
  @ValueSource(strings = {"ada@example.com", "Ada.Lovelace+scim@Example.CO.uk", "a@b.c"})
  void a_complete_user_with_an_email_passes(String userName) {
    assertThatNoException().isThrownBy(() -> UserValidation.requireComplete(user(userName, "Ada", "Lovelace")));
  }

  @ParameterizedTest(name = "[{0}] [{1}] [{2}] → {3}")
  @CsvSource({
      ", Ada, Lovelace, userName",
      "ada, Ada, Lovelace, userName",
      "ada@example, Ada, Lovelace, userName",
      "ada lovelace@example.com, Ada, Lovelace, userName",
      "Test_User_00aa00aa, Ada, Lovelace, userName",
      "ada@example.com, , Lovelace, name.givenName",
      "ada@example.com, Ada, , name.familyName"})
  void an_incomplete_user_is_an_invalid_value_naming_what_is_missing(String userName, String givenName,
      String familyName, String named) {
    assertThatThrownBy(() -> UserValidation.requireComplete(user(userName, givenName, familyName)))
        .isInstanceOfSatisfying(ScimException.class, error -> {
          assertThat(error.scimType()).hasValue("invalidValue");
          assertThat(error.detail()).startsWith(named);
        });
  }

  @Test
  void custom_field_values_are_converted_and_keyed_by_skovik_id() {
    UserState desired = withCustomFields(Map.of("custom_field2", NODES.textNode("senior"),
        "custom_field3", NODES.textNode("0.5")));

    Map<String, JsonNode> values = UserValidation.customFieldValues(desired, TENANT);

    assertThat(values).containsOnlyKeys("cf_level", "cf_fte");
    assertThat(values.get("cf_fte").isNumber()).isTrue();
  }

  @Test
  void a_value_equal_to_the_stored_one_is_kept_as_stored_without_being_checked() {
    UserState desired = withCustomFields(Map.of("custom_field2", NODES.textNode("lead")));

    Map<String, JsonNode> values = UserValidation.customFieldValues(desired, TENANT,
        Map.of("cf_level", NODES.textNode("lead")));

    assertThat(values).containsEntry("cf_level", NODES.textNode("lead"));
  }

  @Test
  void a_value_that_differs_from_the_stored_one_is_checked() {
    UserState desired = withCustomFields(Map.of("custom_field2", NODES.textNode("Lead")));

    assertThatThrownBy(() -> UserValidation.customFieldValues(desired, TENANT,
        Map.of("cf_level", NODES.textNode("lead"))))
        .isInstanceOf(ScimException.class).hasMessageContaining("custom_field2");
  }

  private static UserState user(String userName, String givenName, String familyName) {
    return new UserState(userName, givenName, familyName, null, null, null, null, Map.of());
  }

  private static UserState withCustomFields(Map<String, JsonNode> customFields) {
    return new UserState("ada@example.com", "Ada", "Lovelace", null, null, "NO-OSL", null, customFields);
  }
}
