package com.skovik.scim.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.utils.FilterEvaluator;
import org.junit.jupiter.api.Test;

/**
 * Where our filters knowingly part from the UnboundID SCIM 2 SDK; the differential properties
 * allow for exactly these and nothing else.
 */
class UnboundIdDifferencesTest {

  private static final JsonNode OLA = FilterFixtures.user("lowercase/ola");

  @Test
  void unboundid_repeats_the_operands_of_an_and_chain_that_an_or_follows() throws Exception {
    String text = "a pr and b pr and c pr or d pr";
    Filter theirs = Filter.fromString(text);
    assertThat(theirs.toString()).isEqualTo("((a pr and (b pr and c pr) and b pr and c pr) or d pr)");
    assertThat(UnboundIdDifferentialProperties.normalForm(
        UnboundIdDifferentialProperties.fromUnboundId(theirs)))
        .isEqualTo(UnboundIdDifferentialProperties.normalForm(FilterParser.parse(text)));
  }

  @Test
  void ne_on_an_attribute_without_a_value_fails_here_and_succeeds_in_unboundid() throws Exception {
    String text = "externalId ne \"x\"";
    assertThat(com.skovik.scim.scim.filter.FilterEvaluator.matches(FilterParser.parse(text), OLA,
        FilterFixtures.USER_SCHEMA)).isFalse();
    assertThat(FilterEvaluator.evaluate(Filter.fromString(text), OLA)).isTrue();
  }

  @Test
  void unquoted_values_are_accepted_here_and_refused_by_unboundid() {
    assertThat(FilterParser.parse("externalId eq jyoung"))
        .isEqualTo(FilterParserTest.cmp("externalId", CompareOp.EQ, "jyoung"));
    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> Filter.fromString("externalId eq jyoung"))).isNotNull();
  }
}
