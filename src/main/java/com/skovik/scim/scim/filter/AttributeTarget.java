package com.skovik.scim.scim.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.Attribute.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a filter's attribute path points in a resource (or in one element of a complex attribute):
 * the JSON object that holds the attribute (the root, or an extension's object under its URN),
 * the attribute, and the sub-attribute if the path names one.
 *
 * @param containerKey the extension URN whose object holds the attribute, or null for the root
 * @param attribute the attribute definition
 * @param subAttribute the sub-attribute definition, or null
 */
record AttributeTarget(String containerKey, Attribute attribute, Attribute subAttribute) {

  AttributeTarget {
    Objects.requireNonNull(attribute, "attribute");
  }

  /**
   * The definition whose type and {@code caseExact} govern comparisons: the sub-attribute, or for
   * a complex attribute without one its {@code value} sub-attribute (RFC 7644 §3.4.2.2), or null
   * when a complex attribute has no {@code value}.
   */
  Attribute compared() {
    if (subAttribute != null) {
      return subAttribute;
    }
    if (attribute.type() == Type.COMPLEX) {
      return attribute.subAttribute("value").orElse(null);
    }
    return attribute;
  }

  /** The attribute's own values: array elements when multi-valued, else the single value. */
  List<JsonNode> attributeValues(JsonNode root) {
    JsonNode container = containerKey == null ? root : root.get(containerKey);
    List<JsonNode> values = new ArrayList<>();
    if (container != null && container.isObject()) {
      addValues(container.get(attribute.name()), values);
    }
    return values;
  }

  /**
   * The values compared against a literal: the sub-attribute's values inside every element, or
   * the {@code value} sub-attribute of a complex attribute named without a sub-attribute.
   */
  List<JsonNode> comparedValues(JsonNode root) {
    List<JsonNode> values = attributeValues(root);
    if (attribute.type() != Type.COMPLEX) {
      return values;
    }
    Attribute inner = compared();
    List<JsonNode> innerValues = new ArrayList<>();
    if (inner == null) {
      return innerValues;
    }
    for (JsonNode element : values) {
      if (element.isObject()) {
        addValues(element.get(inner.name()), innerValues);
      }
    }
    return innerValues;
  }

  private static void addValues(JsonNode node, List<JsonNode> into) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (!element.isNull()) {
          into.add(element);
        }
      }
    } else {
      into.add(node);
    }
  }

  /** RFC 7643 §2.5: null, empty strings, empty arrays and empty objects are unassigned. */
  static boolean hasValue(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return false;
    }
    if (node.isTextual()) {
      return !node.textValue().isEmpty();
    }
    if (node.isObject()) {
      for (JsonNode field : node) {
        if (hasValue(field)) {
          return true;
        }
      }
      return false;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (hasValue(element)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /** The path as the filter names it, for error details. */
  String describe() {
    return subAttribute == null ? attribute.name() : attribute.name() + "." + subAttribute.name();
  }
}
