package com.skovik.scim.scim.normalise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.Attribute.Type;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Brings one attribute's value into canonical shape, driven by the attribute definition: string
 * booleans and numeric strings become JSON values, {@code ""} becomes null (clear), and the many
 * shapes of a single-valued complex attribute ({@code "emp_1"}, {@code [{"value":"emp_1"}]},
 * {@code {"managerId":"emp_1"}}) become one object. Strings are never altered; values that cannot
 * be coerced are returned as sent, for validation to report with context.
 */
final class ValueNormaliser {

  /** A complex value with nothing writable left in it: write nothing at all. */
  static final JsonNode NOTHING = MissingNode.getInstance();

  private static final String VALUE = "value";
  private static final String ACTIVE = "active";
  private static final String MANAGER = "manager";
  /** SCIM 1.1's name for the manager's id, still in OneLogin's stock templates. */
  private static final String MANAGER_ID = "managerId";

  private ValueNormaliser() {}

  /**
   * @param label the attribute as the client named it, used to report dropped sub-attributes
   * @return the canonical value, {@link NullNode} to clear, or {@link #NOTHING}
   */
  static JsonNode normalise(
      Attribute attribute, JsonNode value, String label, Consumer<String> onIgnored) {
    if (value == null || value.isNull() || value.isMissingNode() || isEmptyString(value)) {
      return NullNode.getInstance();
    }
    if (attribute.multiValued()) {
      return multiValued(attribute, value, label, onIgnored);
    }
    if (attribute.type() == Type.COMPLEX) {
      return singleComplex(attribute, value, label, onIgnored);
    }
    return simple(attribute, value);
  }

  private static JsonNode simple(Attribute attribute, JsonNode value) {
    if (isEmptyString(value)) {
      return NullNode.getInstance();
    }
    return switch (attribute.type()) {
      case BOOLEAN -> bool(attribute, value);
      case DECIMAL -> number(value, false);
      case INTEGER -> number(value, true);
      default -> value.deepCopy();
    };
  }

  private static JsonNode bool(Attribute attribute, JsonNode value) {
    if (value.isBoolean()) {
      return value;
    }
    if (value.isTextual()) {
      String text = value.textValue().trim();
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        return BooleanNode.valueOf(text.equalsIgnoreCase("true"));
      }
    }
    if (attribute.name().equals(ACTIVE)) {
      // No later check gives "active" more context than this, and guessing is dangerous:
      // false archives the employee for good.
      throw ScimException.invalidValue("The attribute \"active\" must be a boolean: true or false "
          + "(the strings \"true\" and \"false\" are accepted in any case).");
    }
    return value.deepCopy();
  }

  /** Numeric strings become the JSON number the shared mapper would have parsed. */
  private static JsonNode number(JsonNode value, boolean integral) {
    if (!value.isTextual()) {
      return value.deepCopy();
    }
    try {
      JsonNode parsed = ScimJson.mapper().readTree(value.textValue());
      boolean fits = parsed != null && (integral ? parsed.isIntegralNumber() : parsed.isNumber());
      return fits ? parsed : value;
    } catch (JsonProcessingException notANumber) {
      return value;
    }
  }

  private static JsonNode singleComplex(
      Attribute attribute, JsonNode value, String label, Consumer<String> onIgnored) {
    if (value.isArray()) {
      // [{"value":"x"}] for a single-valued attribute: the legacy Microsoft SDK shape.
      return switch (value.size()) {
        case 0 -> NullNode.getInstance();
        case 1 -> normalise(attribute, value.get(0), label, onIgnored);
        default -> value.deepCopy();
      };
    }
    JsonNode element = element(attribute, value, label, onIgnored);
    if (element.isObject() && clearsReference(attribute, (ObjectNode) element)) {
      return NullNode.getInstance();
    }
    return element;
  }

  private static JsonNode multiValued(
      Attribute attribute, JsonNode value, String label, Consumer<String> onIgnored) {
    ArrayNode out = ScimJson.mapper().createArrayNode();
    // A lone object or scalar where an array belongs (OneLogin's "emails": {…}) is one element.
    Iterable<JsonNode> elements = value.isArray() ? value : List.of(value);
    for (JsonNode each : elements) {
      if (each.isNull() || isEmptyString(each)) {
        continue;
      }
      JsonNode element = attribute.type() == Type.COMPLEX
          ? element(attribute, each, label, onIgnored)
          : simple(attribute, each);
      if (!element.isMissingNode()) {
        out.add(element);
      }
    }
    return out;
  }

  /** One complex value: an object, or a bare scalar that stands for its {@code value}. */
  private static JsonNode element(
      Attribute attribute, JsonNode value, String label, Consumer<String> onIgnored) {
    if (value.isValueNode()) {
      Optional<Attribute> valueSub = attribute.subAttribute(VALUE);
      if (valueSub.isEmpty()) {
        return value.deepCopy();
      }
      ObjectNode out = ScimJson.newObject();
      out.set(VALUE, simple(valueSub.get(), value));
      return out;
    }
    if (!value.isObject()) {
      return value.deepCopy();
    }
    ObjectNode out = ScimJson.newObject();
    value.properties().forEach(field -> {
      Optional<Attribute> sub = subAttribute(attribute, field.getKey());
      if (sub.isEmpty() || sub.get().isReadOnly()) {
        onIgnored.accept(label + "." + field.getKey());
        return;
      }
      out.set(sub.get().name(), simple(sub.get(), field.getValue()));
    });
    return out.isEmpty() ? NOTHING : out;
  }

  /** Sub-attribute names are case-insensitive; OneLogin's {@code managerId} means {@code value}. */
  static Optional<Attribute> subAttribute(Attribute attribute, String name) {
    Optional<Attribute> sub = attribute.subAttribute(name);
    if (sub.isEmpty() && attribute.name().equals(MANAGER) && name.equalsIgnoreCase(MANAGER_ID)) {
      return attribute.subAttribute(VALUE);
    }
    return sub;
  }

  /**
   * A reference such as manager is its {@code value}: {@code {"value": null}} or
   * {@code {"value": ""}} clears the whole attribute, not one sub-attribute of it.
   */
  static boolean clearsReference(Attribute attribute, ObjectNode value) {
    return attribute.subAttribute(VALUE).isPresent()
        && value.has(VALUE) && value.get(VALUE).isNull();
  }

  private static boolean isEmptyString(JsonNode value) {
    return value.isTextual() && value.textValue().isEmpty();
  }
}
