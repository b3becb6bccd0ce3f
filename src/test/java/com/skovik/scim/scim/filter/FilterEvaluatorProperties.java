package com.skovik.scim.scim.filter;

import static com.skovik.scim.scim.filter.FilterFixtures.USER_SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.Filter.Not;
import com.skovik.scim.scim.filter.Filter.Or;
import com.skovik.scim.scim.filter.Filter.Present;
import com.skovik.scim.scim.filter.Filter.ValuePath;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws the evaluator keeps on every valid User filter and every fixture user. */
class FilterEvaluatorProperties {

  private static final List<JsonNode> USERS = List.of(
      FilterFixtures.user("bjensen"), FilterFixtures.user("ola"),
      FilterFixtures.user("lowercase/bjensen"), FilterFixtures.user("lowercase/ola"),
      FilterFixtures.user("lowercase/kari"));

  @Property(tries = 1000)
  void not_matches_exactly_the_users_the_filter_does_not(@ForAll("userFilters") Filter filter) {
    for (JsonNode user : USERS) {
      assertThat(matches(new Not(filter), user)).isEqualTo(!matches(filter, user));
    }
  }

  @Property(tries = 1000)
  void ne_means_present_and_not_equal(@ForAll("leaves") Filter leaf) {
    Assume.that(leaf instanceof Comparison c && c.value() != null);
    Comparison any = (Comparison) leaf;
    Comparison ne = new Comparison(any.path(), CompareOp.NE, any.value());
    Filter spelledOut = new And(new Present(ne.path()),
        new Not(new Comparison(ne.path(), CompareOp.EQ, ne.value())));
    for (JsonNode user : USERS) {
      assertThat(matches(ne, user)).isEqualTo(matches(spelledOut, user));
    }
  }

  @Property(tries = 1000)
  void eq_null_means_not_present(@ForAll("leaves") Filter leaf, @ForAll boolean eq) {
    AttributePath path = leaf instanceof Comparison c ? c.path() : ((Present) leaf).path();
    Comparison comparison = new Comparison(path, eq ? CompareOp.EQ : CompareOp.NE, null);
    Filter notPresent = new Not(new Present(comparison.path()));
    for (JsonNode user : USERS) {
      boolean expected = comparison.op() == CompareOp.EQ
          ? matches(notPresent, user) : !matches(notPresent, user);
      assertThat(matches(comparison, user)).isEqualTo(expected);
    }
  }

  @Property(tries = 1000)
  void a_value_filter_of_one_comparison_matches_like_the_dotted_path(
      @ForAll("valuePathsOfOneComparison") ValuePath valuePath) {
    Assume.that(((Comparison) valuePath.inner()).op() != CompareOp.NE);
    Comparison inner = (Comparison) valuePath.inner();
    Filter dotted = new Comparison(valuePath.path().withSubAttribute(inner.path().attribute()),
        inner.op(), inner.value());
    for (JsonNode user : USERS) {
      assertThat(matches(valuePath, user)).isEqualTo(matches(dotted, user));
    }
  }

  @Property(tries = 1000)
  void attribute_names_match_in_any_case(@ForAll("userFilters") Filter filter, @ForAll long seed) {
    Filter recased = recase(filter, new Random(seed));
    for (JsonNode user : USERS) {
      assertThat(matches(recased, user)).isEqualTo(matches(filter, user));
    }
  }

  @Property(tries = 1000)
  void a_printed_and_reparsed_filter_matches_the_same_users(@ForAll("userFilters") Filter filter) {
    Filter reparsed = FilterParser.parse(FilterPrinter.print(filter));
    for (JsonNode user : USERS) {
      assertThat(matches(reparsed, user)).isEqualTo(matches(filter, user));
    }
  }

  @Provide
  Arbitrary<Filter> userFilters() {
    return UserFilterArbitraries.filters(true);
  }

  @Provide
  Arbitrary<Filter> leaves() {
    return UserFilterArbitraries.leaves();
  }

  @Provide
  Arbitrary<ValuePath> valuePathsOfOneComparison() {
    return UserFilterArbitraries.valuePathsOfOneComparison();
  }

  private static boolean matches(Filter filter, JsonNode user) {
    return FilterEvaluator.matches(filter, user, USER_SCHEMA);
  }

  private static Filter recase(Filter filter, Random random) {
    if (filter instanceof And and) {
      return new And(recase(and.left(), random), recase(and.right(), random));
    }
    if (filter instanceof Or or) {
      return new Or(recase(or.left(), random), recase(or.right(), random));
    }
    if (filter instanceof Not not) {
      return new Not(recase(not.inner(), random));
    }
    if (filter instanceof ValuePath valuePath) {
      return new ValuePath(recase(valuePath.path(), random), recase(valuePath.inner(), random));
    }
    if (filter instanceof Present present) {
      return new Present(recase(present.path(), random));
    }
    Comparison comparison = (Comparison) filter;
    return new Comparison(recase(comparison.path(), random), comparison.op(), comparison.value());
  }

  private static AttributePath recase(AttributePath path, Random random) {
    return new AttributePath(recase(path.schemaUrn(), random), recase(path.attribute(), random),
        recase(path.subAttribute(), random));
  }

  private static String recase(String name, Random random) {
    if (name == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }
}
