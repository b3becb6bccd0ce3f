package com.skovik.scim.scim.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.schema.Attribute;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * One attribute value against one filter literal, by the attribute's type (RFC 7644 §3.4.2.2):
 * strings honour {@code caseExact} and order lexicographically, decimals and integers compare
 * numerically, dateTimes as instants, booleans only for equality. A value that cannot be read as
 * the attribute's type (a malformed dateTime in the resource) matches nothing.
 */
final class ValueComparison {

  private static final int MAX_NUMBER_TEXT = 100;
  private static final int MAX_DATE_TIME_TEXT = 64;

  private ValueComparison() {}

  /** {@code value op literal} for every operator but {@code ne}, which is {@code not eq}. */
  static boolean test(JsonNode value, CompareOp op, Object literal, Attribute compared) {
    return switch (compared.type()) {
      case BOOLEAN -> op == CompareOp.EQ && booleanOf(value) != null
          && booleanOf(value).equals(booleanOf(literal));
      case DECIMAL, INTEGER -> ordered(decimalOf(value), decimalOf(literal), op);
      case DATE_TIME -> op.isSubstring()
          ? text(textOf(value), literalText(literal), op, false)
          : ordered(instantOf(value), instantOf(literal), op);
      default -> text(textOf(value), literalText(literal), op, compared.caseExact());
    };
  }

  private static boolean text(String value, String literal, CompareOp op, boolean caseExact) {
    if (value == null || literal == null) {
      return false;
    }
    String left = caseExact ? value : value.toLowerCase(Locale.ROOT);
    String right = caseExact ? literal : literal.toLowerCase(Locale.ROOT);
    return switch (op) {
      case CO -> left.contains(right);
      case SW -> left.startsWith(right);
      case EW -> left.endsWith(right);
      default -> ordered(left, right, op);
    };
  }

  private static <T extends Comparable<T>> boolean ordered(T value, T literal, CompareOp op) {
    if (value == null || literal == null) {
      return false;
    }
    int order = value.compareTo(literal);
    return switch (op) {
      case EQ -> order == 0;
      case GT -> order > 0;
      case GE -> order >= 0;
      case LT -> order < 0;
      case LE -> order <= 0;
      default -> false;
    };
  }

  private static String textOf(JsonNode value) {
    return value.isValueNode() ? value.asText() : null;
  }

  /** Strings as written; unquoted numbers and booleans by their text, as Entra sends them. */
  static String literalText(Object literal) {
    return literal == null ? null : literal.toString();
  }

  static Boolean booleanOf(Object valueOrLiteral) {
    if (valueOrLiteral instanceof Boolean bool) {
      return bool;
    }
    String text = valueOrLiteral instanceof JsonNode node
        ? (node.isBoolean() ? node.asText() : node.isTextual() ? node.textValue() : null)
        : valueOrLiteral instanceof String string ? string : null;
    if ("true".equalsIgnoreCase(text)) {
      return Boolean.TRUE;
    }
    return "false".equalsIgnoreCase(text) ? Boolean.FALSE : null;
  }

  static BigDecimal decimalOf(Object valueOrLiteral) {
    if (valueOrLiteral instanceof BigDecimal number) {
      return number;
    }
    if (valueOrLiteral instanceof JsonNode node && node.isNumber()) {
      return node.decimalValue();
    }
    String text = valueOrLiteral instanceof JsonNode node
        ? (node.isTextual() ? node.textValue() : null)
        : valueOrLiteral instanceof String string ? string : null;
    if (text == null || text.isBlank() || text.length() > MAX_NUMBER_TEXT) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** RFC 3339 / xsd:dateTime; without an offset the time is taken as UTC. */
  static Instant instantOf(Object valueOrLiteral) {
    String text = valueOrLiteral instanceof JsonNode node
        ? (node.isTextual() ? node.textValue() : null)
        : valueOrLiteral instanceof String string ? string : null;
    if (text == null || text.length() > MAX_DATE_TIME_TEXT) {
      return null;
    }
    String upper = text.strip().toUpperCase(Locale.ROOT);
    try {
      return OffsetDateTime.parse(upper, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(upper, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notADateTime) {
        return null;
      }
    }
  }
}
