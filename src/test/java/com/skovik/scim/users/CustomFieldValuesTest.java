package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.scim.schema.CustomFieldAttribute.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every custom field type: what is accepted, what Skovik is sent, and what is refused. */
class CustomFieldValuesTest {

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "TEXT    | \"4410\"         | \"4410\"",
      "TEXT    | 4410             | \"4410\"",
      "TEXT    | true             | \"true\"",
      "TEXT    | \"\"             | \"\"",
      "NUMBER  | 12.5             | 12.5",
      "NUMBER  | \"12.5\"         | 12.5",
      "NUMBER  | \" 7 \"          | 7",
      "NUMBER  | -3               | -3",
      "BOOLEAN | true             | true",
      "BOOLEAN | \"True\"         | true",
      "BOOLEAN | \"FALSE\"        | false",
      "DATE    | \"2026-03-01\"   | \"2026-03-01\"",
      "DATE    | \"2024-02-29\"   | \"2024-02-29\"",
      "SELECT  | \"senior\"       | \"senior\""})
  void a_valid_value_is_sent_as_skovik_stores_it(Kind kind, String sent, String stored) {
    JsonNode value = CustomFieldValues.toSkovik(field(kind), json(sent));

    assertThat(EmployeeChanges.sameValue(value, json(stored))).as("%s", value).isTrue();
    assertThat(value.getNodeType()).isEqualTo(json(stored).getNodeType());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "TEXT    | {\"a\": 1}",
      "TEXT    | [\"a\"]",
      "NUMBER  | \"twelve\"",
      "NUMBER  | \"NaN\"",
      "NUMBER  | true",
      "BOOLEAN | \"yes\"",
      "BOOLEAN | 1",
      "DATE    | \"2026-02-30\"",
      "DATE    | \"2025-02-29\"",
      "DATE    | \"2026-13-01\"",
      "DATE    | \"01.03.2026\"",
      "DATE    | \"2026-03-01T00:00:00Z\"",
      "DATE    | 20260301",
      "SELECT  | \"Senior\"",
      "SELECT  | \"lead\"",
      "SELECT  | 1"})
  void an_invalid_value_is_an_invalid_value_naming_the_attribute_and_the_field(Kind kind, String sent) {
    assertThatThrownBy(() -> CustomFieldValues.toSkovik(field(kind), json(sent)))
        .isInstanceOfSatisfying(ScimException.class, error -> {
          assertThat(error.status()).isEqualTo(400);
          assertThat(error.scimType()).hasValue("invalidValue");
          assertThat(error.detail()).contains("custom_field3").contains("\"Field\"");
        });
  }

  @ParameterizedTest(name = "{0} characters of {1}")
  @CsvSource({"1000, x, true", "1001, x, false", "1000, 😀, true", "1001, 😀, false"})
  void a_text_holds_at_most_1000_characters(int count, String character, boolean accepted) {
    JsonNode text = ScimJson.mapper().getNodeFactory().textNode(character.repeat(count));

    if (accepted) {
      assertThat(CustomFieldValues.toSkovik(field(Kind.TEXT), text).asText()).isEqualTo(text.asText());
    } else {
      assertThatThrownBy(() -> CustomFieldValues.toSkovik(field(Kind.TEXT), text))
          .isInstanceOf(ScimException.class).hasMessageContaining("1000");
    }
  }

  private static CustomFieldAttribute field(Kind kind) {
    return new CustomFieldAttribute("custom_field3", "cf_x", "Field", kind,
        kind == Kind.SELECT ? List.of("junior", "senior") : List.of());
  }

  private static JsonNode json(String text) {
    return ScimJson.parse(text.getBytes());
  }
}
