package com.skovik.scim.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.scim.ScimException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class FilterParserProperties {

  @Property(tries = 3000)
  void any_text_parses_or_fails_with_invalid_filter(@ForAll String text) {
    assertParsesOrFailsWithInvalidFilter(text);
  }

  @Property(tries = 5000)
  void any_text_made_of_filter_tokens_parses_or_fails_with_invalid_filter(
      @ForAll("filterLikeText") String text) {
    assertParsesOrFailsWithInvalidFilter(text);
  }

  @Property(tries = 5000)
  void damaged_filters_parse_or_fail_with_invalid_filter(@ForAll("damagedFilterText") String text) {
    assertParsesOrFailsWithInvalidFilter(text);
  }

  @Property(tries = 3000)
  void any_text_as_a_patch_path_parses_or_fails_with_invalid_path_or_invalid_filter(
      @ForAll("filterLikeText") String text) {
    try {
      PatchPath path = PatchPath.parse(text);
      assertThat(PatchPath.parse(path.toString())).isEqualTo(path);
    } catch (ScimException e) {
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.scimType().orElseThrow()).isIn("invalidPath", "invalidFilter");
    }
  }

  @Property(tries = 3000)
  void any_parsed_filter_evaluates_or_fails_with_invalid_filter(
      @ForAll("filterLikeText") String text) {
    Filter filter;
    try {
      filter = FilterParser.parse(text);
    } catch (ScimException e) {
      return;
    }
    try {
      FilterEvaluator.matches(filter, FilterFixtures.user("bjensen"), FilterFixtures.USER_SCHEMA);
    } catch (ScimException e) {
      assertThat(e.scimType()).contains("invalidFilter");
    }
  }

  @Property(tries = 3000)
  void a_printed_filter_parses_back_to_an_equal_filter(@ForAll("filters") Filter filter) {
    String text = FilterPrinter.print(filter);
    assertThat(FilterParser.parse(text)).as(text).isEqualTo(filter);
  }

  @Property(tries = 2000)
  void random_case_spacing_and_parentheses_parse_to_the_same_filter(
      @ForAll("filters") Filter filter, @ForAll long seed) {
    String text = new FilterTextVariations(seed, false).print(filter);
    assertThat(FilterParser.parse(text)).as(text).isEqualTo(filter);
  }

  @Property(tries = 2000)
  void a_printed_patch_path_parses_back_to_an_equal_path(@ForAll("patchPaths") PatchPath path) {
    assertThat(PatchPath.parse(path.toString())).as(path.toString()).isEqualTo(path);
  }

  @Provide
  Arbitrary<String> filterLikeText() {
    return FilterArbitraries.filterLikeText();
  }

  @Provide
  Arbitrary<String> damagedFilterText() {
    return FilterArbitraries.damagedFilterText();
  }

  @Provide
  Arbitrary<Filter> filters() {
    return FilterArbitraries.filters();
  }

  @Provide
  Arbitrary<PatchPath> patchPaths() {
    return FilterArbitraries.patchPaths();
  }

  private static void assertParsesOrFailsWithInvalidFilter(String text) {
    try {
      Filter filter = FilterParser.parse(text);
      Statistics.label("outcome").collect("parses");
      assertThat(FilterParser.parse(FilterPrinter.print(filter))).isEqualTo(filter);
    } catch (ScimException e) {
      Statistics.label("outcome").collect("invalidFilter");
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.scimType()).contains("invalidFilter");
      assertThat(e.detail()).startsWith("Filter: ");
    }
  }
}
