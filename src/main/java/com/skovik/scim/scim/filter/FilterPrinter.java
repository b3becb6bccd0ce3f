package com.skovik.scim.scim.filter;

import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.Filter.Not;
import com.skovik.scim.scim.filter.Filter.Or;
import com.skovik.scim.scim.filter.Filter.Present;
import com.skovik.scim.scim.filter.Filter.ValuePath;
import java.math.BigDecimal;

/**
 * Writes a {@link Filter} back as RFC 7644 filter text that {@link FilterParser} reads to an equal
 * filter: lower-case keywords, JSON string literals, and parentheses only where precedence or
 * left-associativity needs them.
 */
public final class FilterPrinter {

  private static final int OR = 1;
  private static final int AND = 2;
  private static final int ATOM = 3;

  private FilterPrinter() {}

  public static String print(Filter filter) {
    StringBuilder out = new StringBuilder();
    print(filter, OR, out);
    return out.toString();
  }

  private static void print(Filter filter, int context, StringBuilder out) {
    boolean grouped = level(filter) < context;
    if (grouped) {
      out.append('(');
    }
    if (filter instanceof Or or) {
      print(or.left(), OR, out);
      out.append(" or ");
      print(or.right(), AND, out);
    } else if (filter instanceof And and) {
      print(and.left(), AND, out);
      out.append(" and ");
      print(and.right(), ATOM, out);
    } else if (filter instanceof Not not) {
      out.append("not (");
      print(not.inner(), OR, out);
      out.append(')');
    } else if (filter instanceof ValuePath valuePath) {
      out.append(valuePath.path()).append('[');
      print(valuePath.inner(), OR, out);
      out.append(']');
    } else if (filter instanceof Present present) {
      out.append(present.path()).append(" pr");
    } else if (filter instanceof Comparison comparison) {
      out.append(comparison.path()).append(' ').append(comparison.op().keyword()).append(' ');
      literal(comparison.value(), out);
    }
    if (grouped) {
      out.append(')');
    }
  }

  private static int level(Filter filter) {
    if (filter instanceof Or) {
      return OR;
    }
    return filter instanceof And ? AND : ATOM;
  }

  /** A filter literal as JSON: strings quoted and escaped, numbers in BigDecimal's own form. */
  static void literal(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      jsonString(text, out);
    } else if (value instanceof BigDecimal number) {
      out.append(number);
    } else {
      out.append(value);
    }
  }

  private static void jsonString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
