package com.skovik.scim.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.schema.Attribute;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a stored value is the one a {@code remove} operation names: strings by the attribute's
 * {@code caseExact}, numbers numerically, and a complex value when every sub-attribute the client
 * sent equals the stored one ({@code {"value":"emp_1"}} names the manager emp_1 whatever else is
 * stored about them).
 */
final class ValueEquality {

  private ValueEquality() {}

  static boolean matches(Attribute attribute, JsonNode stored, JsonNode wanted) {
    if (stored == null || wanted == null) {
      return false;
    }
    if (wanted.isObject()) {
      if (!stored.isObject() || wanted.isEmpty()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> field : wanted.properties()) {
        Optional<Attribute> sub = attribute.subAttribute(field.getKey());
        if (sub.isEmpty() || !matches(sub.get(), stored.get(field.getKey()), field.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (stored.isTextual() && wanted.isTextual() && !attribute.caseExact()) {
      return stored.textValue().equalsIgnoreCase(wanted.textValue());
    }
    if (stored.isNumber() && wanted.isNumber()) {
      return stored.decimalValue().compareTo(wanted.decimalValue()) == 0;
    }
    return stored.equals(wanted);
  }
}
