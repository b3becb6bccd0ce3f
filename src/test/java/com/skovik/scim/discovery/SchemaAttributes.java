package com.skovik.scim.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads attribute definitions out of a {@code /Schemas} document. */
final class SchemaAttributes {

  private SchemaAttributes() {}

  static List<String> names(JsonNode attributes) {
    List<String> names = new ArrayList<>();
    attributes.forEach(attribute -> names.add(attribute.path("name").asText()));
    return names;
  }

  /** The named attribute (or sub-attribute) definition; fails the test when absent. */
  static JsonNode attribute(JsonNode schemaOrParent, String name) {
    JsonNode attributes = schemaOrParent.has("attributes")
        ? schemaOrParent.path("attributes") : schemaOrParent.path("subAttributes");
    for (JsonNode attribute : attributes) {
      if (attribute.path("name").asText().equals(name)) {
        return attribute;
      }
    }
    throw new AssertionError("no attribute " + name + " among " + names(attributes));
  }

  /**
   * Asserts the characteristics RFC 7643 §7 requires on every attribute definition, as present
   * JSON members (a client must not have to guess a default).
   */
  static void assertCharacteristics(JsonNode attribute, String type, boolean multiValued,
      boolean required, boolean caseExact, String mutability, String returned, String uniqueness) {
    String name = attribute.path("name").asText();
    assertThat(attribute.path("type").asText()).as(name + ".type").isEqualTo(type);
    assertThat(attribute.path("multiValued").isBoolean()).as(name + ".multiValued present").isTrue();
    assertThat(attribute.path("multiValued").asBoolean()).as(name + ".multiValued").isEqualTo(multiValued);
    assertThat(attribute.path("required").isBoolean()).as(name + ".required present").isTrue();
    assertThat(attribute.path("required").asBoolean()).as(name + ".required").isEqualTo(required);
    assertThat(attribute.path("caseExact").isBoolean()).as(name + ".caseExact present").isTrue();
    assertThat(attribute.path("caseExact").asBoolean()).as(name + ".caseExact").isEqualTo(caseExact);
    assertThat(attribute.path("mutability").asText()).as(name + ".mutability").isEqualTo(mutability);
    assertThat(attribute.path("returned").asText()).as(name + ".returned").isEqualTo(returned);
    assertThat(attribute.path("uniqueness").asText()).as(name + ".uniqueness").isEqualTo(uniqueness);
    assertThat(attribute.path("description").asText()).as(name + ".description").isNotBlank();
  }
}
