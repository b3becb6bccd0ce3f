package com.skovik.scim.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.filter.Filter;
import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.CompareOp;
import com.skovik.scim.scim.filter.FilterEvaluator;
import com.skovik.scim.scim.patch.PatchOperation.Op;
import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.ResourceSchema.ResolvedAttribute;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Edits the elements of a multi-valued complex attribute that a value filter selects
 * ({@code phoneNumbers[type eq "mobile"].value}). When add or replace selects nothing, the element
 * is created from the filter's equality terms, as Entra and the Microsoft SCIM Validator require
 * (RFC 7644 would answer {@code noTarget} to a replace; no real client wants that).
 */
final class FilteredElements {

  private FilteredElements() {}

  /**
   * @param value the canonical value: a sub-attribute's value when {@code sub} is set, else one
   *     element object; null to clear
   */
  static void apply(WorkingResource resource, ResolvedAttribute target, Filter filter,
      Attribute sub, Op op, JsonNode value) {
    Attribute attribute = target.attribute();
    JsonNode current = resource.get(target);
    List<JsonNode> elements = new ArrayList<>();
    if (current != null && current.isArray()) {
      current.forEach(element -> elements.add(element.deepCopy()));
    }
    List<ObjectNode> selected = new ArrayList<>();
    for (JsonNode element : elements) {
      if (element instanceof ObjectNode object
          && FilterEvaluator.elementMatches(filter, object, attribute)) {
        selected.add(object);
      }
    }
    if (op == Op.REMOVE && sub == null) {
      elements.removeAll(selected);
    } else if (op == Op.REMOVE) {
      selected.forEach(element -> element.remove(sub.name()));
    } else if (selected.isEmpty()) {
      if (value != null && !value.isNull()) {
        ObjectNode created = seed(filter, attribute);
        merge(created, sub, value);
        elements.add(created);
      }
    } else {
      selected.forEach(element -> merge(element, sub, value));
    }
    elements.removeIf(element -> element.isObject() && element.isEmpty());
    resource.setElements(target, elements);
  }

  private static void merge(ObjectNode element, Attribute sub, JsonNode value) {
    if (sub != null) {
      if (value == null || value.isNull()) {
        element.remove(sub.name());
      } else {
        element.set(sub.name(), value);
      }
      return;
    }
    if (value == null || !value.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      if (field.getValue().isNull()) {
        element.remove(field.getKey());
      } else {
        element.set(field.getKey(), field.getValue());
      }
    }
  }

  /** The element a filter of {@code eq} terms joined by {@code and} describes. */
  private static ObjectNode seed(Filter filter, Attribute attribute) {
    ObjectNode element = ScimJson.newObject();
    if (!seedInto(element, filter, attribute)) {
      throw ScimException.noTarget("No element of \"" + attribute.name() + "\" matches the "
          + "value filter, and a filter other than \"eq\" terms joined by \"and\" does not say "
          + "which element to create.");
    }
    return element;
  }

  private static boolean seedInto(ObjectNode element, Filter filter, Attribute attribute) {
    if (filter instanceof And and) {
      return seedInto(element, and.left(), attribute) && seedInto(element, and.right(), attribute);
    }
    if (!(filter instanceof Comparison comparison) || comparison.op() != CompareOp.EQ
        || comparison.value() == null) {
      return false;
    }
    return attribute.subAttribute(comparison.path().attribute()).map(sub -> {
      element.set(sub.name(), literal(comparison.value()));
      return true;
    }).orElse(false);
  }

  private static JsonNode literal(Object value) {
    if (value instanceof Boolean bool) {
      return BooleanNode.valueOf(bool);
    }
    if (value instanceof BigDecimal number) {
      return DecimalNode.valueOf(number);
    }
    return TextNode.valueOf(value.toString());
  }
}
