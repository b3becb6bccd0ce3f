package com.skovik.scim.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a Skovik extension value against its custom field definition before anything is sent
 * upstream, and converts it to the JSON type Skovik stores. String forms of numbers and booleans
 * are accepted, since identity providers often send every value as a string.
 */
final class CustomFieldValues {

  static final int MAX_TEXT_LENGTH = 1_000;
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private CustomFieldValues() {}

  /** The value to store, or a {@code 400 invalidValue} naming the attribute and the field. */
  static JsonNode toSkovik(CustomFieldAttribute field, JsonNode value) {
    return switch (field.kind()) {
      case TEXT -> text(field, value);
      case NUMBER -> number(field, value);
      case BOOLEAN -> bool(field, value);
      case DATE -> date(field, value);
      case SELECT -> select(field, value);
    };
  }

  private static JsonNode text(CustomFieldAttribute field, JsonNode value) {
    if (!value.isValueNode() || value.isNull()) {
      throw invalid(field, "a text value");
    }
    String text = value.asText();
    // Skovik counts characters, not UTF-16 units: an emoji is one.
    if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
      throw invalid(field, "a text of at most " + MAX_TEXT_LENGTH + " characters");
    }
    return TextNode.valueOf(text);
  }

  private static JsonNode number(CustomFieldAttribute field, JsonNode value) {
    if (value.isNumber()) {
      return value;
    }
    if (value.isTextual()) {
      try {
        return DecimalNode.valueOf(new BigDecimal(value.asText().trim()));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw invalid(field, "a number");
  }

  private static JsonNode bool(CustomFieldAttribute field, JsonNode value) {
    if (value.isBoolean()) {
      return value;
    }
    if (value.isTextual()) {
      String text = value.asText().trim().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("false")) {
        return BooleanNode.valueOf(text.equals("true"));
      }
    }
    throw invalid(field, "true or false");
  }

  private static JsonNode date(CustomFieldAttribute field, JsonNode value) {
    if (value.isTextual() && DATE.matcher(value.asText()).matches()) {
      try {
        LocalDate.parse(value.asText());
        return value;
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw invalid(field, "a date written YYYY-MM-DD");
  }

  private static JsonNode select(CustomFieldAttribute field, JsonNode value) {
    if (value.isTextual() && field.options().contains(value.asText())) {
      return value;
    }
    throw invalid(field, "one of " + String.join(", ", field.options()));
  }

  private static ScimException invalid(CustomFieldAttribute field, String expected) {
    return ScimException.invalidValue(field.scimName() + " (Skovik custom field \""
        + field.fieldName() + "\") must be " + expected + ".");
  }
}
