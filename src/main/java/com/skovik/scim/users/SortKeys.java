package com.skovik.scim.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimSchemas;
import com.skovik.scim.scim.filter.AttributePath;
import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.scim.schema.ResourceSchema.ResolvedAttribute;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Sorting in the gateway, for a {@code sortBy} Skovik cannot sort by (RFC 7644 §3.4.2.3):
 * strings by the attribute's case sensitivity, numbers by value, date-times as instants. Users
 * without a value come last in ascending order and first in descending order, as the RFC says;
 * ties are broken by ascending id, as Skovik breaks them, so that pages never overlap.
 */
final class SortKeys {

  /** The sub-attributes of the common {@code meta} attribute, which the User schema omits. */
  private static final List<String> META = List.of("resourceType", "created", "lastModified",
      "location", "version");

  private SortKeys() {}

  /**
   * Checks that {@code sortBy} names something users can be sorted by: an attribute of the
   * tenant's User schemas or of {@code meta}, and for a complex attribute one of its
   * sub-attributes ({@code manager} alone means {@code manager.value}).
   */
  static void check(AttributePath sortBy, ResourceSchema schema) {
    if (sortBy == null) {
      return;
    }
    if (isMeta(sortBy)) {
      if (sortBy.subAttribute() == null || META.stream().noneMatch(sortBy.subAttribute()::equalsIgnoreCase)) {
        throw invalid(sortBy, "name a sub-attribute of meta: " + String.join(", ", META));
      }
      return;
    }
    ResolvedAttribute resolved = schema.resolve(sortBy.schemaUrn(), sortBy.attribute())
        .orElseThrow(() -> invalid(sortBy, "it is not an attribute of the User schemas"));
    Attribute attribute = resolved.attribute();
    if (attribute.type() != Attribute.Type.COMPLEX) {
      if (sortBy.subAttribute() != null) {
        throw invalid(sortBy, attribute.name() + " has no sub-attributes");
      }
      return;
    }
    String sub = sortBy.subAttribute() == null ? "value" : sortBy.subAttribute();
    if (attribute.subAttribute(sub).isEmpty()) {
      throw invalid(sortBy, "name a sub-attribute of " + attribute.name() + ": " + String.join(", ",
          attribute.subAttributes().stream().map(Attribute::name).toList()));
    }
  }

  /** Whether sorting by this path needs managers' names in the views. */
  static boolean namesManager(AttributePath sortBy) {
    return sortBy != null && QueryPlanner.canonical(sortBy).equals("manager.displayname");
  }

  static Comparator<ListWindow.Candidate> order(boolean descending) {
    // Absent values count as greater than any value: last ascending, first descending.
    Comparator<Object> ascending = Comparator.nullsLast(SortKeys::compareValues);
    return Comparator.comparing(ListWindow.Candidate::sortKey,
            descending ? ascending.reversed() : ascending)
        .thenComparing(candidate -> candidate.employee().id());
  }

  /**
   * The value a user sorts by: a String (lower-cased unless case-exact), BigDecimal, Boolean or
   * Instant, or null. A multi-valued attribute sorts by its primary value, else its first.
   */
  static Object keyOf(ObjectNode view, AttributePath sortBy, ResourceSchema schema) {
    if (sortBy == null) {
      return null;
    }
    if (isMeta(sortBy)) {
      JsonNode value = view.path("meta").path(metaName(sortBy.subAttribute()));
      boolean instant = sortBy.subAttribute().equalsIgnoreCase("created")
          || sortBy.subAttribute().equalsIgnoreCase("lastModified");
      return instant ? instantOf(value) : textOf(value, true);
    }
    ResolvedAttribute resolved = schema.resolve(sortBy.schemaUrn(), sortBy.attribute()).orElse(null);
    if (resolved == null) {
      return null;
    }
    Attribute attribute = resolved.attribute();
    JsonNode container = resolved.inCore(schema) ? view : view.path(resolved.schema().id());
    JsonNode value = container.path(attribute.name());
    if (attribute.multiValued() && value.isArray()) {
      value = primaryOrFirst(value);
    }
    if (attribute.type() == Attribute.Type.COMPLEX) {
      String sub = sortBy.subAttribute() == null ? "value" : sortBy.subAttribute();
      Attribute subAttribute = attribute.subAttribute(sub).orElse(null);
      if (subAttribute == null) {
        return null;
      }
      attribute = subAttribute;
      value = value.path(subAttribute.name());
    }
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    return switch (attribute.type()) {
      case DECIMAL, INTEGER -> value.isNumber() ? value.decimalValue() : textOf(value, attribute.caseExact());
      case BOOLEAN -> value.isBoolean() ? (Object) value.booleanValue() : textOf(value, attribute.caseExact());
      case DATE_TIME -> instantOf(value);
      default -> textOf(value, attribute.caseExact());
    };
  }

  private static boolean isMeta(AttributePath path) {
    return path.attribute().equalsIgnoreCase("meta")
        && (path.schemaUrn() == null || path.schemaUrn().equalsIgnoreCase(ScimSchemas.CORE_USER));
  }

  private static String metaName(String sub) {
    return META.stream().filter(sub::equalsIgnoreCase).findFirst().orElse(sub);
  }

  private static JsonNode primaryOrFirst(JsonNode values) {
    for (JsonNode element : values) {
      if (element.path("primary").asBoolean(false)) {
        return element;
      }
    }
    return values.path(0);
  }

  private static String textOf(JsonNode value, boolean caseExact) {
    if (!value.isValueNode() || value.isNull()) {
      return null;
    }
    return caseExact ? value.asText() : value.asText().toLowerCase(Locale.ROOT);
  }

  private static Instant instantOf(JsonNode value) {
    try {
      return value.isTextual() ? Instant.parse(value.textValue()) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Same-typed keys by their natural order; keys of different types (a custom field whose
   * values changed type) by type name, so that the order stays total. */
  private static int compareValues(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x.compareTo(y);
    }
    if (a instanceof Instant x && b instanceof Instant y) {
      return x.compareTo(y);
    }
    if (a instanceof String x && b instanceof String y) {
      return x.compareTo(y);
    }
    return a.getClass().getSimpleName().compareTo(b.getClass().getSimpleName());
  }

  private static ScimException invalid(AttributePath sortBy, String why) {
    return ScimException.badRequest("sortBy \"" + sortBy + "\" cannot be sorted by: " + why + ".");
  }
}
