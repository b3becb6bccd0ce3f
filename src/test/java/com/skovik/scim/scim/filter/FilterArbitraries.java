package com.skovik.scim.scim.filter;

import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.Filter.Not;
import com.skovik.scim.scim.filter.Filter.Or;
import com.skovik.scim.scim.filter.Filter.Present;
import com.skovik.scim.scim.filter.Filter.ValuePath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators: syntactically valid filter ASTs with arbitrary names and literals, and raw
 * "filter-like" text built from the grammar's own tokens, good and broken.
 */
final class FilterArbitraries {

  static final int MAX_DEPTH = 5;

  private static final List<String> URNS = List.of(
      FilterFixtures.ENTERPRISE, FilterFixtures.CORE, "urn:example:a:1.0:Thing", "URN:x:Y");

  private FilterArbitraries() {}

  /** Any filter the grammar can express, nested at most {@link #MAX_DEPTH} levels. */
  static Arbitrary<Filter> filters() {
    return filters(MAX_DEPTH, false);
  }

  private static Arbitrary<Filter> filters(int depth, boolean inValueFilter) {
    Arbitrary<Filter> leaf = Arbitraries.oneOf(comparisons(inValueFilter), presents(inValueFilter));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Filter> inner = Arbitraries.lazy(() -> filters(depth - 1, inValueFilter));
    Arbitrary<Filter> and = Combinators.combine(inner, inner).as(And::new);
    Arbitrary<Filter> or = Combinators.combine(inner, inner).as(Or::new);
    Arbitrary<Filter> not = inner.map(Not::new);
    if (inValueFilter) {
      return Arbitraries.frequencyOf(Tuple.of(5, leaf), Tuple.of(2, and), Tuple.of(2, or),
          Tuple.of(1, not));
    }
    Arbitrary<Filter> valuePath = Combinators.combine(attributes(false),
        Arbitraries.lazy(() -> filters(Math.min(depth - 1, 2), true))).as(ValuePath::new);
    return Arbitraries.frequencyOf(Tuple.of(5, leaf), Tuple.of(2, and), Tuple.of(2, or),
        Tuple.of(1, not), Tuple.of(1, valuePath));
  }

  private static Arbitrary<Filter> comparisons(boolean inValueFilter) {
    return Combinators.combine(paths(inValueFilter), Arbitraries.of(CompareOp.class), literals())
        .as(Comparison::new);
  }

  private static Arbitrary<Filter> presents(boolean inValueFilter) {
    return paths(inValueFilter).map(Present::new);
  }

  static Arbitrary<AttributePath> paths(boolean inValueFilter) {
    if (inValueFilter) {
      return names().map(AttributePath::of);
    }
    Arbitrary<String> subAttributes = Arbitraries.oneOf(names(), Arbitraries.of("$ref")).injectNull(0.6);
    return Combinators.combine(attributes(true), subAttributes)
        .as((path, sub) -> path.withSubAttribute(sub));
  }

  /** An attribute with an optional URN and no sub-attribute. */
  private static Arbitrary<AttributePath> attributes(boolean withUrns) {
    Arbitrary<String> urns = withUrns ? Arbitraries.of(URNS).injectNull(0.7)
        : Arbitraries.just(null);
    return Combinators.combine(urns, names()).as((urn, name) -> new AttributePath(urn, name, null));
  }

  /** ATTRNAME = ALPHA *(nameChar), minus the words and, or, not that the grammar reserves. */
  static Arbitrary<String> names() {
    Arbitrary<String> first = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .ofLength(1);
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withCharRange('0', '9').withChars('_', '-').ofMaxLength(10);
    Arbitrary<String> generated = Combinators.combine(first, rest).as(String::concat);
    return Arbitraries.oneOf(generated, Arbitraries.of("userName", "emails", "value", "type",
            "custom_field1", "notes", "order", "andrew", "PR", "eq", "true", "null"))
        .filter(name -> !List.of("and", "or", "not").contains(name.toLowerCase(Locale.ROOT)));
  }

  /** Strings with any characters (quotes, backslashes, controls, emoji), numbers, booleans, null. */
  static Arbitrary<Object> literals() {
    Arbitrary<Object> strings = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().withChars("\"\\/ ()[]andorpr\u00e9\u0001\n\t😀").ofMaxLength(8))
        .map(s -> s);
    Arbitrary<Object> numbers = Combinators.combine(
            Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L),
            Arbitraries.integers().between(-6, 6))
        .as((unscaled, scale) -> (Object) BigDecimal.valueOf(unscaled, scale));
    Arbitrary<Object> booleans = Arbitraries.of(true, false).map(b -> b);
    return Arbitraries.frequencyOf(Tuple.of(5, strings), Tuple.of(2, numbers),
        Tuple.of(1, booleans), Tuple.of(1, Arbitraries.just(null)));
  }

  /** PATCH paths of all three forms: attrPath, attrPath.sub, attr[filter] and attr[filter].sub. */
  static Arbitrary<PatchPath> patchPaths() {
    Arbitrary<Filter> valueFilters = filters(2, true).injectNull(0.5);
    Arbitrary<String> subAttributes = names().injectNull(0.5);
    return Combinators.combine(attributes(true), valueFilters, subAttributes).as(PatchPath::new);
  }

  /** A valid filter's text with one to three random edits: near misses of every kind. */
  static Arbitrary<String> damagedFilterText() {
    Arbitrary<String> token = Arbitraries.of("(", ")", "[", "]", "\"", "\\", " ", "and ", "not ",
        ".", ":", "eq", "pr", "x", "1", "\u0000", "😀");
    Arbitrary<int[]> edits = Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class)
        .ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(filters().map(FilterPrinter::print), edits, token.list().ofSize(3))
        .as((text, positions, tokens) -> {
          StringBuilder damaged = new StringBuilder(text);
          for (int i = 0; i < positions.length; i++) {
            int at = positions[i] % (damaged.length() + 1);
            switch (positions[i] % 3) {
              case 0 -> damaged.insert(at, tokens.get(i));
              case 1 -> damaged.delete(at, Math.min(damaged.length(), at + 1 + i));
              default -> damaged.setLength(at);
            }
          }
          return damaged.toString();
        });
  }

  /** Text made of grammar tokens in any order: mostly invalid, reaching every parser state. */
  static Arbitrary<String> filterLikeText() {
    Arbitrary<String> token = Arbitraries.of(
        "userName", "name.givenName", "emails", "a.b.c", "$ref", ".value", ".", ":", "urn:",
        FilterFixtures.ENTERPRISE + ":manager.value", FilterFixtures.ENTERPRISE + ":",
        "eq", "Ne", "co", "sw", "ew", "GT", "ge", "lt", "le", "pr", "and", "OR", "not", "nOt",
        "(", ")", "[", "]", "\"x\"", "\"", "\\", "\\\"", "\\u00e9", "\\u12", "\"\\q\"",
        "true", "False", "null", "42", "-1.5e3", "1e999999999999", "00123", "12abc", "'x'",
        " ", "  ", "\t", "\n", ",", "@", "😀", "\u0000", "é", "type eq \"work\"", "x pr");
    return token.list().ofMaxSize(30).map(tokens -> String.join("", tokens));
  }
}
