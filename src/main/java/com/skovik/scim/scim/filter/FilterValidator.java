package com.skovik.scim.scim.filter;

import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.Filter.Not;
import com.skovik.scim.scim.filter.Filter.Or;
import com.skovik.scim.scim.filter.Filter.Present;
import com.skovik.scim.scim.filter.Filter.ValuePath;
import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.Attribute.Type;
import com.skovik.scim.scim.schema.ResourceSchema;
import java.util.stream.Collectors;

/**
 * Checks a parsed filter against the schema once per request, before any resource is looked at:
 * every attribute exists, value filters sit on complex attributes, and each operator and literal
 * fits the attribute's type ({@code gt} on a boolean, {@code co} on a number and
 * {@code meta.created gt "yesterday"} are {@code 400 invalidFilter}).
 */
public final class FilterValidator {

  private FilterValidator() {}

  /** Validates a filter whose names are attributes of the resource. */
  public static void validate(Filter filter, ResourceSchema schema) {
    validate(filter, new AttributeScope.OfResource(schema));
  }

  /** Validates a value filter whose names are sub-attributes of {@code complexAttribute}. */
  public static void validateElement(Filter filter, Attribute complexAttribute) {
    validate(filter, elementScope(complexAttribute));
  }

  static AttributeScope elementScope(Attribute complexAttribute) {
    if (complexAttribute.type() != Type.COMPLEX) {
      throw new IllegalArgumentException("not a complex attribute: " + complexAttribute.name());
    }
    return new AttributeScope.OfElement(complexAttribute);
  }

  static void validate(Filter filter, AttributeScope scope) {
    if (filter instanceof And and) {
      validate(and.left(), scope);
      validate(and.right(), scope);
    } else if (filter instanceof Or or) {
      validate(or.left(), scope);
      validate(or.right(), scope);
    } else if (filter instanceof Not not) {
      validate(not.inner(), scope);
    } else if (filter instanceof Present present) {
      scope.resolve(present.path());
    } else if (filter instanceof ValuePath valuePath) {
      validateValuePath(valuePath, scope);
    } else if (filter instanceof Comparison comparison) {
      validateComparison(comparison, scope.resolve(comparison.path()));
    }
  }

  private static void validateValuePath(ValuePath valuePath, AttributeScope scope) {
    if (scope.isElement()) {
      throw ScimException.invalidFilter("Filter: value filters cannot be nested, as in \""
          + PathParser.shown(valuePath.path().toString()) + "[…]\".");
    }
    AttributeTarget target = scope.resolve(valuePath.path());
    if (target.attribute().type() != Type.COMPLEX) {
      throw ScimException.invalidFilter("Filter: \"" + target.describe() + "\" is not complex, so "
          + "it takes no value filter […].");
    }
    validate(valuePath.inner(), new AttributeScope.OfElement(target.attribute()));
  }

  private static void validateComparison(Comparison comparison, AttributeTarget target) {
    Attribute compared = target.compared();
    String name = target.describe();
    CompareOp op = comparison.op();
    Object literal = comparison.value();
    if (literal == null) {
      if (op != CompareOp.EQ && op != CompareOp.NE) {
        throw invalid("\"" + op.keyword() + " null\" is not a comparison; use eq null, ne null or pr");
      }
      return;
    }
    if (compared == null) {
      throw invalid("\"" + name + "\" is complex; compare one of its sub-attributes ("
          + target.attribute().subAttributes().stream().map(Attribute::name)
              .collect(Collectors.joining(", ")) + ")");
    }
    switch (compared.type()) {
      case BOOLEAN -> {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
          throw invalid("\"" + name + "\" is a boolean; only eq and ne apply, not " + op.keyword());
        }
        if (ValueComparison.booleanOf(literal) == null) {
          throw invalid("\"" + name + "\" is a boolean; compare it with true or false");
        }
      }
      case DECIMAL, INTEGER -> {
        if (op.isSubstring()) {
          throw invalid("\"" + name + "\" is a number; " + op.keyword() + " does not apply");
        }
        if (ValueComparison.decimalOf(literal) == null) {
          throw invalid("\"" + name + "\" is a number; compare it with a number");
        }
      }
      case DATE_TIME -> {
        if (!op.isSubstring() && ValueComparison.instantOf(literal) == null) {
          throw invalid("\"" + name + "\" is a dateTime; compare it with a date-time such as "
              + "\"2024-01-31T12:00:00Z\"");
        }
      }
      default -> {
        // strings and references accept any literal, compared by its text
      }
    }
  }

  private static ScimException invalid(String message) {
    return ScimException.invalidFilter("Filter: " + message + ".");
  }
}
