package com.skovik.scim.scim.filter;

import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.Filter.Not;
import com.skovik.scim.scim.filter.Filter.Or;
import com.skovik.scim.scim.filter.Filter.Present;
import com.skovik.scim.scim.filter.Filter.ValuePath;
import java.util.Random;

/**
 * Prints a filter the way sloppy identity providers do: operators and keywords in random case,
 * extra spaces, {@code not(} without a space, redundant parentheses. Attribute names keep their
 * spelling (the AST does too). Meant to parse back to the same filter.
 */
final class FilterTextVariations {

  private final Random random;
  private final boolean onlySpaces;

  /** @param onlySpaces use spaces only (the UnboundID parser knows no other whitespace) */
  FilterTextVariations(long seed, boolean onlySpaces) {
    this.random = new Random(seed);
    this.onlySpaces = onlySpaces;
  }

  String print(Filter filter) {
    StringBuilder out = new StringBuilder();
    gap(out);
    print(filter, 1, out);
    gap(out);
    return out.toString();
  }

  private void print(Filter filter, int context, StringBuilder out) {
    int level = filter instanceof Or ? 1 : filter instanceof And ? 2 : 3;
    boolean grouped = level < context || random.nextInt(8) == 0;
    if (grouped) {
      out.append('(');
      gap(out);
    }
    if (filter instanceof Or or) {
      print(or.left(), 1, out);
      separator(out);
      out.append(randomCase("or"));
      separator(out);
      print(or.right(), 2, out);
    } else if (filter instanceof And and) {
      print(and.left(), 2, out);
      separator(out);
      out.append(randomCase("and"));
      separator(out);
      print(and.right(), 3, out);
    } else if (filter instanceof Not not) {
      out.append(randomCase("not"));
      gap(out);
      out.append('(');
      gap(out);
      print(not.inner(), 1, out);
      gap(out);
      out.append(')');
    } else if (filter instanceof ValuePath valuePath) {
      out.append(valuePath.path()).append('[');
      gap(out);
      print(valuePath.inner(), 1, out);
      gap(out);
      out.append(']');
    } else if (filter instanceof Present present) {
      out.append(present.path());
      separator(out);
      out.append(randomCase("pr"));
    } else if (filter instanceof Comparison comparison) {
      out.append(comparison.path());
      separator(out);
      out.append(randomCase(comparison.op().keyword()));
      separator(out);
      FilterPrinter.literal(comparison.value(), out);
    }
    if (grouped) {
      gap(out);
      out.append(')');
    }
  }

  private String randomCase(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (char c : word.toCharArray()) {
      out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  private void separator(StringBuilder out) {
    out.append(' ');
    gap(out);
  }

  private void gap(StringBuilder out) {
    int extra = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
    for (int i = 0; i < extra; i++) {
      out.append(onlySpaces ? ' ' : " \t\n\r".charAt(random.nextInt(4)));
    }
  }
}
