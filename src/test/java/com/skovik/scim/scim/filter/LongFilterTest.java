package com.skovik.scim.scim.filter;

import static com.skovik.scim.scim.filter.FilterFixtures.USER_SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.scim.ScimException;
import org.junit.jupiter.api.Test;

/** The largest filters the parser accepts are safe for every other step too. */
class LongFilterTest {

  @Test
  void the_longest_and_chain_validates_evaluates_and_prints_without_exhausting_the_stack() {
    String unit = "userName sw \"b\" and ";
    String text = unit.repeat((FilterParser.MAX_LENGTH - 20) / unit.length()) + "active eq true";
    Filter filter = FilterParser.parse(text);
    assertThat(FilterEvaluator.matches(filter, FilterFixtures.user("bjensen"), USER_SCHEMA)).isTrue();
    assertThat(FilterEvaluator.matches(filter, FilterFixtures.user("ola"), USER_SCHEMA)).isFalse();
    assertThat(FilterPrinter.print(filter)).isEqualTo(text);
  }

  @Test
  void the_deepest_accepted_nesting_evaluates_and_round_trips() {
    String text = "not (".repeat(FilterParser.MAX_NESTING) + "active eq true"
        + ")".repeat(FilterParser.MAX_NESTING);
    Filter filter = FilterParser.parse(text);
    assertThat(FilterEvaluator.matches(filter, FilterFixtures.user("bjensen"), USER_SCHEMA)).isTrue();
    assertThat(FilterParser.parse(FilterPrinter.print(filter))).isEqualTo(filter);
  }

  @Test
  void ten_thousand_open_parentheses_are_an_invalid_filter_not_a_stack_overflow() {
    try {
      FilterParser.parse("(".repeat(FilterParser.MAX_LENGTH));
    } catch (ScimException e) {
      assertThat(e.detail()).isEqualTo("Filter: the filter nests deeper than 50 levels at position 51.");
      return;
    }
    throw new AssertionError("expected invalidFilter");
  }
}
