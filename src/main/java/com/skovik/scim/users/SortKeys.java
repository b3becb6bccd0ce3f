package com.skovik.scim.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.filter.AttributePath;
import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.ResourceSchema;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;

/**
 * Sorting in the gateway, for a {@code sortBy} Skovik cannot sort by (RFC 7644 §3.4.2.3):
 * strings by the attribute's case sensitivity, numbers by value, users without a value last in
 * either order, ties broken by id so that pages never overlap.
 */
final class SortKeys {

  private SortKeys() {}

  static Comparator<ListWindow.Candidate> order(AttributePath sortBy, boolean descending,
      ResourceSchema schema) {
    Comparator<Object> ascending = SortKeys::compareValues;
    Comparator<Object> values = descending ? ascending.reversed() : ascending;
    Comparator<Object> nullsLast = Comparator.nullsLast(values);
    return Comparator.comparing(ListWindow.Candidate::sortKey, nullsLast)
        .thenComparing(candidate -> candidate.employee().id());
  }

  /** The value a user sorts by: a String, BigDecimal or Boolean, or null. */
  static Object keyOf(ObjectNode view, AttributePath sortBy, ResourceSchema schema) {
    if (sortBy == null) {
      return null;
    }
    var resolved = schema.resolve(sortBy.schemaUrn(), sortBy.attribute()).orElse(null);
    if (resolved == null) {
      return null;
    }
    Attribute attribute = resolved.attribute();
    JsonNode container = resolved.inCore(schema) ? view : view.path(resolved.schema().id());
    JsonNode value = container.path(attribute.name());
    if (attribute.multiValued() && value.isArray()) {
      value = value.path(0);
    }
    if (sortBy.subAttribute() != null || attribute.type() == Attribute.Type.COMPLEX) {
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
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    return attribute.caseExact() ? value.asText() : value.asText().toLowerCase(Locale.ROOT);
  }

  private static int compareValues(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x.compareTo(y);
    }
    return a.toString().compareTo(b.toString());
  }
}
