package com.skovik.scim.scim.filter;

import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.Filter.Not;
import com.skovik.scim.scim.filter.Filter.Or;
import com.skovik.scim.scim.filter.Filter.Present;
import com.skovik.scim.scim.filter.Filter.ValuePath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of filters that are valid for {@link FilterFixtures#USER_SCHEMA}, with literals
 * drawn from the values of the fixture users so that they match some users and not others. All
 * strings are lower case, so they behave the same whatever an attribute's {@code caseExact}.
 */
final class UserFilterArbitraries {

  private static final String ENTERPRISE = FilterFixtures.ENTERPRISE + ":";
  private static final String SKOVIK = "urn:ietf:params:scim:schemas:extension:skovik:2.0:User:";
  private static final Set<CompareOp> EQUALITY = EnumSet.of(CompareOp.EQ, CompareOp.NE);
  private static final Set<CompareOp> ORDERING = EnumSet.complementOf(
      EnumSet.of(CompareOp.CO, CompareOp.SW, CompareOp.EW));
  private static final Set<CompareOp> ALL = EnumSet.allOf(CompareOp.class);

  /** A path, the operators its type allows, and literals worth comparing it with. */
  record Leaf(String path, Set<CompareOp> ops, List<Object> values) {}

  private static final List<Leaf> RESOURCE_LEAVES = List.of(
      text("userName", "bjensen@example.com", "ola@example.com", "kari@example.com", "b", "o",
          "@example.com", "example"),
      text("displayName", "barbara jensen", "ola nordmann", "nord", "jensen"),
      text("name.givenName", "barbara", "ola", "kari", "a"),
      text("name.familyName", "jensen", "nordmann", "n"),
      text("name.formatted", "barbara jensen", "kari nordmann", "kari"),
      text("externalId", "abc-42", "kari-1", "abc", "1"),
      text("id", "emp_1001", "emp_1002", "emp_100", "emp_1003"),
      text("emails.value", "bjensen@example.com", "babs@jensen.org", "kari@example.com", ".org"),
      text("emails.type", "work", "home", "other", "w"),
      text(ENTERPRISE + "division", "no-osl", "se-sto", "no-", "osl"),
      text(ENTERPRISE + "manager.value", "emp_1", "emp_1002", "emp_"),
      text(ENTERPRISE + "manager.displayName", "kari nordmann", "ola nordmann", "kari"),
      text(ENTERPRISE + "manager.$ref", "../users/emp_1", "emp_1"),
      text(SKOVIK + "custom_field3", "night shift", "day shift", "shift", "night"),
      text(SKOVIK + "custom_field4", "gold", "blue", "g"),
      text(SKOVIK + "custom_field5", "2023-03-01", "2024-02-29", "2024"),
      text("meta.resourceType", "user", "group"),
      text("schemas", "urn:ietf:params:scim:schemas:extension:skovik:2.0:user", "urn"),
      new Leaf("active", EQUALITY, List.of(true, false)),
      new Leaf("emails.primary", EQUALITY, List.of(true, false)),
      new Leaf(SKOVIK + "custom_field2", EQUALITY, List.of(true, false)),
      new Leaf(SKOVIK + "custom_field1", ORDERING, List.of(new BigDecimal("7"),
          new BigDecimal("42.5"), new BigDecimal("42.50"), new BigDecimal("-1"),
          new BigDecimal("10"), new BigDecimal("4.25E+1"))),
      new Leaf("meta.created", ORDERING, List.of("2024-01-15T09:30:00Z",
          "2024-01-15T10:30:00+01:00", "2023-11-30T23:59:59.999Z", "2025-02-01T07:00:00Z",
          "2024-06-01T00:00:00Z")),
      new Leaf("meta.lastModified", ORDERING, List.of("2024-06-01T10:00:00.250Z",
          "2024-01-15T09:30:00Z", "2025-01-01T00:00:00Z")));

  /** Complex attributes: for {@code pr}, {@code eq null}, and value filters over their elements. */
  private static final List<Tuple.Tuple2<String, List<Leaf>>> COMPLEX = List.of(
      Tuple.of("emails", List.of(
          text("value", "bjensen@example.com", "babs@jensen.org", "kari@example.com", "example"),
          text("type", "work", "home", "other"),
          new Leaf("primary", EQUALITY, List.of(true, false)))),
      Tuple.of("name", List.of(
          text("givenName", "barbara", "ola", "kari"),
          text("familyName", "jensen", "nordmann"))),
      Tuple.of(ENTERPRISE + "manager", List.of(
          text("value", "emp_1", "emp_1002"),
          text("displayName", "kari nordmann", "ola nordmann", "nord"))));

  private UserFilterArbitraries() {}

  /**
   * Valid User filters.
   *
   * @param valueOfComplex also compare complex attributes without a sub-attribute
   *     ({@code emails eq "x"} compares {@code emails.value}), which UnboundID does not do
   */
  static Arbitrary<Filter> filters(boolean valueOfComplex) {
    return filters(3, resourceLeaves(valueOfComplex), valuePaths());
  }

  /** @param valuePaths value filters to mix in, or null inside a value filter */
  private static Arbitrary<Filter> filters(int depth, Arbitrary<Filter> leaves,
      Arbitrary<Filter> valuePaths) {
    Arbitrary<Filter> leavesHere = valuePaths == null ? leaves
        : Arbitraries.frequencyOf(Tuple.of(3, leaves), Tuple.of(1, valuePaths));
    if (depth == 0) {
      return leavesHere;
    }
    Arbitrary<Filter> inner = Arbitraries.lazy(() -> filters(depth - 1, leaves, valuePaths));
    return Arbitraries.frequencyOf(
        Tuple.of(4, leavesHere),
        Tuple.of(2, Combinators.combine(inner, inner).as(And::new)),
        Tuple.of(2, Combinators.combine(inner, inner).as(Or::new)),
        Tuple.of(1, inner.map(Not::new)));
  }

  /** Single comparisons, {@code pr} and {@code eq null} on any User attribute. */
  static Arbitrary<Filter> leaves() {
    return resourceLeaves(true);
  }

  /** {@code emails[type eq "work"]}: a value filter holding one comparison with a literal. */
  static Arbitrary<ValuePath> valuePathsOfOneComparison() {
    List<Arbitrary<ValuePath>> choices = new ArrayList<>();
    for (Tuple.Tuple2<String, List<Leaf>> complex : COMPLEX) {
      AttributePath path = AttributePath.parse(complex.get1());
      for (Leaf leaf : complex.get2()) {
        choices.add(Combinators.combine(Arbitraries.of(leaf.ops()), Arbitraries.of(leaf.values()))
            .as((op, value) -> new ValuePath(path,
                new Comparison(AttributePath.of(leaf.path()), op, value))));
      }
    }
    return Arbitraries.oneOf(choices);
  }

  private static Arbitrary<Filter> resourceLeaves(boolean valueOfComplex) {
    List<Arbitrary<Filter>> choices = new ArrayList<>();
    for (Leaf leaf : RESOURCE_LEAVES) {
      choices.add(leafFilters(leaf));
    }
    for (Tuple.Tuple2<String, List<Leaf>> complex : COMPLEX) {
      AttributePath path = AttributePath.parse(complex.get1());
      choices.add(Arbitraries.of(new Present(path), new Comparison(path, CompareOp.EQ, null),
          new Comparison(path, CompareOp.NE, null)));
    }
    if (valueOfComplex) {
      choices.add(leafFilters(text("emails", "babs@jensen.org", "example.com", "kari@example.com")));
      choices.add(leafFilters(text(ENTERPRISE + "manager", "emp_1", "emp_1002")));
    }
    return Arbitraries.oneOf(choices);
  }

  private static Arbitrary<Filter> valuePaths() {
    List<Arbitrary<Filter>> choices = new ArrayList<>();
    for (Tuple.Tuple2<String, List<Leaf>> complex : COMPLEX) {
      Arbitrary<Filter> leaves = Arbitraries.oneOf(complex.get2().stream()
          .map(UserFilterArbitraries::leafFilters).toList());
      AttributePath path = AttributePath.parse(complex.get1());
      choices.add(filters(2, leaves, null).map(inner -> new ValuePath(path, inner)));
    }
    return Arbitraries.oneOf(choices);
  }

  private static Arbitrary<Filter> leafFilters(Leaf leaf) {
    AttributePath path = AttributePath.parse(leaf.path());
    Arbitrary<Filter> comparisons = Combinators.combine(
            Arbitraries.of(leaf.ops()), Arbitraries.of(leaf.values()))
        .as((op, value) -> new Comparison(path, op, value));
    Arbitrary<Filter> nulls = Arbitraries.of(CompareOp.EQ, CompareOp.NE)
        .map(op -> new Comparison(path, op, null));
    return Arbitraries.frequencyOf(Tuple.of(8, comparisons), Tuple.of(1, nulls),
        Tuple.of(1, Arbitraries.just(new Present(path))));
  }

  private static Leaf text(String path, Object... values) {
    return new Leaf(path, ALL, List.of(values));
  }
}
