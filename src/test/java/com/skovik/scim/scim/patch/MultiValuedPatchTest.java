package com.skovik.scim.scim.patch;

import static com.skovik.scim.scim.patch.PatchTestSupport.NORMALISER;
import static com.skovik.scim.scim.patch.PatchTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimSchemas;
import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.Attribute.Type;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.scim.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Value filters on a writable multi-valued attribute. The Skovik User has none (its emails are
 * read-only), so this schema adds RFC 7643 {@code phoneNumbers} to show the general behaviour
 * that Entra's default mappings rely on.
 */
class MultiValuedPatchTest {

  private static final ResourceSchema WITH_PHONES = new ResourceSchema(
      new Schema(ScimSchemas.CORE_USER, "User", "User with phone numbers", List.of(
          Attribute.named("userName", Type.STRING).build(),
          Attribute.named("phoneNumbers", Type.COMPLEX).multiValued().subAttributes(
              Attribute.named("value", Type.STRING).build(),
              Attribute.named("type", Type.STRING).build(),
              Attribute.named("primary", Type.BOOLEAN).build()).build())),
      List.of());

  private static final String USER = """
      {"userName": "ann@example.com",
       "phoneNumbers": [{"value": "111", "type": "work"}, {"value": "222", "type": "mobile"}]}""";

  private final PatchEngine engine = new PatchEngine(WITH_PHONES, NORMALISER);

  @Test
  void add_to_a_filtered_path_that_matches_nothing_creates_the_element_the_filter_describes() {
    assertThat(phones(apply("""
        [{"op": "Add", "path": "phoneNumbers[type eq \\"fax\\"].value", "value": "333"}]""")))
        .isEqualTo(json("""
            [{"value": "111", "type": "work"}, {"value": "222", "type": "mobile"},
             {"type": "fax", "value": "333"}]"""));
  }

  @Test
  void replace_on_a_filtered_path_changes_only_the_matching_element() {
    assertThat(phones(apply("""
        [{"op": "replace", "path": "phoneNumbers[type eq \\"mobile\\"].value", "value": "999"},
         {"op": "replace", "path": "phoneNumbers[type eq \\"work\\"]",
          "value": {"primary": "True"}}]""")))
        .isEqualTo(json("""
            [{"value": "111", "type": "work", "primary": true},
             {"value": "999", "type": "mobile"}]"""));
  }

  @Test
  void remove_on_a_filtered_path_removes_the_matching_elements_or_their_sub_attribute() {
    assertThat(phones(apply("""
        [{"op": "remove", "path": "phoneNumbers[type eq \\"work\\"]"},
         {"op": "remove", "path": "phoneNumbers[type eq \\"mobile\\"].type"}]""")))
        .isEqualTo(json("[{\"value\": \"222\"}]"));
  }

  @Test
  void removing_the_last_element_removes_the_attribute() {
    assertThat(apply("""
        [{"op": "remove", "path": "phoneNumbers[type eq \\"work\\" or type eq \\"mobile\\"]"}]"""))
        .isEqualTo(json("{\"userName\": \"ann@example.com\"}"));
  }

  @Test
  void remove_with_a_value_removes_the_equal_elements_only() {
    assertThat(phones(apply("""
        [{"op": "Remove", "path": "phoneNumbers", "value": [{"value": "222"}]}]""")))
        .isEqualTo(json("[{\"value\": \"111\", \"type\": \"work\"}]"));
  }

  @Test
  void add_without_a_filter_appends_and_replace_without_one_replaces_all() {
    assertThat(phones(apply("""
        [{"op": "add", "path": "phoneNumbers", "value": {"value": "333", "type": "home"}}]""")))
        .hasSize(3);
    assertThat(phones(apply("""
        [{"op": "replace", "path": "phoneNumbers", "value": [{"value": "333"}]}]""")))
        .isEqualTo(json("[{\"value\": \"333\"}]"));
  }

  @Test
  void a_filter_that_matches_nothing_and_describes_no_element_is_no_target() {
    assertThatThrownBy(() -> apply("""
        [{"op": "add", "path": "phoneNumbers[type ne \\"work\\" and type ne \\"mobile\\"].value",
          "value": "333"}]"""))
        .isInstanceOfSatisfying(ScimException.class,
            e -> assertThat(e.scimType()).contains("noTarget"));
  }

  private ObjectNode apply(String operations) {
    return engine.apply(json(USER),
        PatchRequest.parse(json("{\"Operations\": " + operations + "}")).operations()).resource();
  }

  private static JsonNode phones(ObjectNode resource) {
    return resource.get("phoneNumbers");
  }
}
