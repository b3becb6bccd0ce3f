package com.skovik.scim.scim.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.Filter.Not;
import com.skovik.scim.scim.filter.Filter.Or;
import com.skovik.scim.scim.filter.Filter.Present;
import com.skovik.scim.scim.filter.Filter.ValuePath;
import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.ResourceSchema;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Evaluates a filter against SCIM resource JSON (RFC 7644 §3.4.2.2).
 *
 * <ul>
 *   <li>A multi-valued attribute matches when any of its values matches.
 *   <li>A complex attribute compared without a sub-attribute ({@code emails eq "x"}) compares its
 *       {@code value} sub-attribute.
 *   <li>An attribute without a value (absent, null, "", [] or {}) fails every comparison,
 *       {@code ne} included: {@code title ne "x"} does not match a user without a title.
 *       {@code ne} is "has a value and none equals": {@code emails.value ne "a@x"} does not match
 *       a user who has {@code a@x} among other emails.
 *   <li>{@code not (…)} simply negates: {@code not (title eq "x")} matches a user without a title.
 *   <li>{@code pr} means has a value; {@code eq null} is true exactly when {@code pr} is false,
 *       {@code ne null} exactly when it is true.
 * </ul>
 *
 * <p>Every entry point validates the filter against the schema first ({@link FilterValidator}),
 * so an unknown attribute or an operator that does not fit its type is {@code 400 invalidFilter}
 * even in a branch that evaluation would skip.
 */
public final class FilterEvaluator {

  private FilterEvaluator() {}

  public static boolean matches(Filter filter, JsonNode resource, ResourceSchema schema) {
    return matcher(filter, schema).test(resource);
  }

  /** Validates once and returns a test to run over many resources. */
  public static Predicate<JsonNode> matcher(Filter filter, ResourceSchema schema) {
    AttributeScope scope = new AttributeScope.OfResource(schema);
    FilterValidator.validate(filter, scope);
    return resource -> evaluate(filter, Objects.requireNonNull(resource, "resource"), scope);
  }

  /**
   * A date-time literal as filters read it: RFC 3339, or without an offset taken as UTC; null
   * when the text is not one. Shared so that whoever pushes a filter elsewhere reads it alike.
   */
  public static Instant dateTimeOf(String literal) {
    return ValueComparison.instantOf(literal);
  }

  /** For value filters inside brackets: attribute names in the filter are sub-attributes of {@code complexAttribute}. */
  public static boolean elementMatches(Filter filter, JsonNode element, Attribute complexAttribute) {
    AttributeScope scope = FilterValidator.elementScope(complexAttribute);
    FilterValidator.validate(filter, scope);
    return evaluate(filter, Objects.requireNonNull(element, "element"), scope);
  }

  private static boolean evaluate(Filter filter, JsonNode root, AttributeScope scope) {
    if (filter instanceof And and) {
      return evaluate(and.left(), root, scope) && evaluate(and.right(), root, scope);
    }
    if (filter instanceof Or or) {
      return evaluate(or.left(), root, scope) || evaluate(or.right(), root, scope);
    }
    if (filter instanceof Not not) {
      return !evaluate(not.inner(), root, scope);
    }
    if (filter instanceof Present present) {
      return isPresent(scope.resolve(present.path()), root);
    }
    if (filter instanceof ValuePath valuePath) {
      return anyElementMatches(valuePath, root, scope);
    }
    return compare((Comparison) filter, root, scope);
  }

  private static boolean anyElementMatches(ValuePath valuePath, JsonNode root, AttributeScope scope) {
    AttributeTarget target = scope.resolve(valuePath.path());
    AttributeScope elements = new AttributeScope.OfElement(target.attribute());
    for (JsonNode element : target.attributeValues(root)) {
      if (element.isObject() && evaluate(valuePath.inner(), element, elements)) {
        return true;
      }
    }
    return false;
  }

  private static boolean compare(Comparison comparison, JsonNode root, AttributeScope scope) {
    AttributeTarget target = scope.resolve(comparison.path());
    if (comparison.value() == null) {
      boolean present = isPresent(target, root);
      return comparison.op() == CompareOp.EQ ? !present : present;
    }
    List<JsonNode> values = target.comparedValues(root);
    if (comparison.op() == CompareOp.NE) {
      return values.stream().anyMatch(AttributeTarget::hasValue)
          && !anyMatches(values, CompareOp.EQ, comparison.value(), target.compared());
    }
    return anyMatches(values, comparison.op(), comparison.value(), target.compared());
  }

  private static boolean anyMatches(List<JsonNode> values, CompareOp op, Object literal,
      Attribute compared) {
    for (JsonNode value : values) {
      // Only values count: a stored "" is no value, so it matches no comparison (like pr).
      if (AttributeTarget.hasValue(value) && ValueComparison.test(value, op, literal, compared)) {
        return true;
      }
    }
    return false;
  }

  /** A complex attribute named alone is present when any element has any value. */
  private static boolean isPresent(AttributeTarget target, JsonNode root) {
    List<JsonNode> values = target.subAttribute() != null ? target.comparedValues(root)
        : target.attributeValues(root);
    return values.stream().anyMatch(AttributeTarget::hasValue);
  }
}
