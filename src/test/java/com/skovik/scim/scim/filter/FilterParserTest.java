package com.skovik.scim.scim.filter;

import static com.skovik.scim.scim.filter.FilterFixtures.ENTERPRISE;
import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.Filter.Not;
import com.skovik.scim.scim.filter.Filter.Or;
import com.skovik.scim.scim.filter.Filter.Present;
import com.skovik.scim.scim.filter.Filter.ValuePath;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FilterParserTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void every_operator_parses_to_a_comparison(String text, Filter expected) {
    assertThat(FilterParser.parse(text)).isEqualTo(expected);
  }

  static Stream<Arguments> every_operator_parses_to_a_comparison() {
    return Stream.of(
        Arguments.of("userName eq \"bjensen\"", cmp("userName", CompareOp.EQ, "bjensen")),
        Arguments.of("userName ne \"bjensen\"", cmp("userName", CompareOp.NE, "bjensen")),
        Arguments.of("name.familyName co \"O'Malley\"",
            cmp("name.familyName", CompareOp.CO, "O'Malley")),
        Arguments.of("userName sw \"J\"", cmp("userName", CompareOp.SW, "J")),
        Arguments.of("userName ew \"@example.com\"", cmp("userName", CompareOp.EW, "@example.com")),
        Arguments.of("meta.lastModified gt \"2011-05-13T04:42:34Z\"",
            cmp("meta.lastModified", CompareOp.GT, "2011-05-13T04:42:34Z")),
        Arguments.of("meta.lastModified ge \"2011-05-13T04:42:34Z\"",
            cmp("meta.lastModified", CompareOp.GE, "2011-05-13T04:42:34Z")),
        Arguments.of("custom_field1 lt 10", cmp("custom_field1", CompareOp.LT, new BigDecimal("10"))),
        Arguments.of("custom_field1 le -2.5", cmp("custom_field1", CompareOp.LE, new BigDecimal("-2.5"))),
        Arguments.of("title pr", new Present(AttributePath.of("title"))),
        Arguments.of("active eq true", cmp("active", CompareOp.EQ, true)),
        Arguments.of("active eq false", cmp("active", CompareOp.EQ, false)),
        Arguments.of("externalId eq null", cmp("externalId", CompareOp.EQ, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void literals_are_read_as_json(String text, Object expectedValue) {
    assertThat(((Comparison) FilterParser.parse(text)).value()).isEqualTo(expectedValue);
  }

  static Stream<Arguments> literals_are_read_as_json() {
    return Stream.of(
        Arguments.of("a eq \"say \\\"hi\\\"\"", "say \"hi\""),
        Arguments.of("a eq \"back\\\\slash\"", "back\\slash"),
        Arguments.of("a eq \"caf\\u00e9\"", "café"),
        Arguments.of("a eq \"caf\\u00E9\"", "café"),
        Arguments.of("a eq \"tab\\there\\nnew\\/slash\\b\\f\\r\"", "tab\there\nnew/slash\b\f\r"),
        Arguments.of("a eq \"Zoë ❤ 日本\"", "Zoë ❤ 日本"),
        Arguments.of("a eq \"\"", ""),
        Arguments.of("a eq \"a ) or b pr [\"", "a ) or b pr ["),
        Arguments.of("a eq 0", new BigDecimal("0")),
        Arguments.of("a eq 42", new BigDecimal("42")),
        Arguments.of("a eq -17", new BigDecimal("-17")),
        Arguments.of("a eq 3.25", new BigDecimal("3.25")),
        Arguments.of("a eq 1.50", new BigDecimal("1.50")),
        Arguments.of("a eq 6.02e23", new BigDecimal("6.02e23")),
        Arguments.of("a eq 1E-3", new BigDecimal("1E-3")),
        Arguments.of("a eq 2e+2", new BigDecimal("2e+2")),
        Arguments.of("a eq TRUE", true),
        Arguments.of("a eq False", false),
        Arguments.of("a eq NULL", null),
        Arguments.of("a eq \"true\"", "true"),
        Arguments.of("a eq \"2011-05-13T04:42:34Z\"", "2011-05-13T04:42:34Z"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void unquoted_words_are_string_values_as_entra_sends_them(String text, Object expectedValue) {
    assertThat(((Comparison) FilterParser.parse(text)).value()).isEqualTo(expectedValue);
  }

  static Stream<Arguments> unquoted_words_are_string_values_as_entra_sends_them() {
    return Stream.of(
        Arguments.of("externalId eq jyoung", "jyoung"),
        Arguments.of("externalId eq 5e4b1c2d-0f6a-4bde-9c61-3f7a2d9e8b10",
            "5e4b1c2d-0f6a-4bde-9c61-3f7a2d9e8b10"),
        Arguments.of("userName eq jyoung@example.com", "jyoung@example.com"),
        Arguments.of("externalId eq 00123", "00123"),
        Arguments.of("externalId eq 12abc", "12abc"),
        Arguments.of("externalId eq 12345", new BigDecimal("12345")),
        Arguments.of("externalId eq truthy", "truthy"),
        Arguments.of("externalId eq nullable", "nullable"));
  }

  @Test
  void an_unquoted_value_ends_at_a_closing_parenthesis_or_bracket() {
    assertThat(FilterParser.parse("(externalId eq jyoung)"))
        .isEqualTo(cmp("externalId", CompareOp.EQ, "jyoung"));
    assertThat(FilterParser.parse("emails[type eq work]"))
        .isEqualTo(new ValuePath(AttributePath.of("emails"), cmp("type", CompareOp.EQ, "work")));
  }

  @Test
  void and_binds_tighter_than_or() {
    assertThat(FilterParser.parse("a pr or b pr and c pr"))
        .isEqualTo(new Or(pr("a"), new And(pr("b"), pr("c"))));
    assertThat(FilterParser.parse("a pr and b pr or c pr"))
        .isEqualTo(new Or(new And(pr("a"), pr("b")), pr("c")));
  }

  @Test
  void not_binds_tighter_than_and() {
    assertThat(FilterParser.parse("not (a pr) and b pr"))
        .isEqualTo(new And(new Not(pr("a")), pr("b")));
    assertThat(FilterParser.parse("b pr or not (a pr)"))
        .isEqualTo(new Or(pr("b"), new Not(pr("a"))));
  }

  @Test
  void and_and_or_associate_to_the_left() {
    assertThat(FilterParser.parse("a pr and b pr and c pr"))
        .isEqualTo(new And(new And(pr("a"), pr("b")), pr("c")));
    assertThat(FilterParser.parse("a pr or b pr or c pr"))
        .isEqualTo(new Or(new Or(pr("a"), pr("b")), pr("c")));
  }

  @Test
  void parentheses_override_precedence() {
    assertThat(FilterParser.parse("(a pr or b pr) and c pr"))
        .isEqualTo(new And(new Or(pr("a"), pr("b")), pr("c")));
    assertThat(FilterParser.parse("a pr and (b pr and c pr)"))
        .isEqualTo(new And(pr("a"), new And(pr("b"), pr("c"))));
    assertThat(FilterParser.parse("((((a pr))))")).isEqualTo(pr("a"));
  }

  @Test
  void not_wraps_a_whole_group_and_nests() {
    assertThat(FilterParser.parse("not (a pr or b pr)"))
        .isEqualTo(new Not(new Or(pr("a"), pr("b"))));
    assertThat(FilterParser.parse("not(not (a pr))")).isEqualTo(new Not(new Not(pr("a"))));
  }

  @Test
  void the_rfc_example_filters_parse() {
    assertThat(FilterParser.parse(
        "title pr and (emails co \"example.com\" or emails.value co \"example.org\")"))
        .isEqualTo(new And(pr("title"), new Or(cmp("emails", CompareOp.CO, "example.com"),
            cmp("emails.value", CompareOp.CO, "example.org"))));
    assertThat(FilterParser.parse(
        "userType eq \"Employee\" and (emails.type eq \"work\")"))
        .isEqualTo(new And(cmp("userType", CompareOp.EQ, "Employee"),
            cmp("emails.type", CompareOp.EQ, "work")));
    assertThat(FilterParser.parse(
        "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]"))
        .isEqualTo(new And(cmp("userType", CompareOp.EQ, "Employee"),
            new ValuePath(AttributePath.of("emails"), new And(cmp("type", CompareOp.EQ, "work"),
                cmp("value", CompareOp.CO, "@example.com")))));
    assertThat(FilterParser.parse("emails[type eq \"work\" and value co \"@example.com\"] or "
        + "ims[type eq \"xmpp\" and value co \"@foo.com\"]"))
        .isInstanceOf(Or.class);
  }

  @Test
  void a_value_path_followed_by_a_sub_attribute_compares_that_sub_attribute_of_the_same_element() {
    assertThat(FilterParser.parse("emails[type eq \"work\"].value eq \"bj@example.com\""))
        .isEqualTo(new ValuePath(AttributePath.of("emails"), new And(
            cmp("type", CompareOp.EQ, "work"), cmp("value", CompareOp.EQ, "bj@example.com"))));
    assertThat(FilterParser.parse("emails[type eq \"work\" or primary eq true].value pr"))
        .isEqualTo(new ValuePath(AttributePath.of("emails"), new And(
            new Or(cmp("type", CompareOp.EQ, "work"), cmp("primary", CompareOp.EQ, true)),
            pr("value"))));
  }

  @Test
  void value_filters_take_not_and_grouping() {
    assertThat(FilterParser.parse("emails[not (type eq \"work\") and (value pr)]"))
        .isEqualTo(new ValuePath(AttributePath.of("emails"),
            new And(new Not(cmp("type", CompareOp.EQ, "work")), pr("value"))));
  }

  @Test
  void a_schema_urn_is_split_from_the_attribute_at_its_last_colon() {
    assertThat(FilterParser.parse(ENTERPRISE + ":division eq \"NO-OSL\""))
        .isEqualTo(new Comparison(new AttributePath(ENTERPRISE, "division", null),
            CompareOp.EQ, "NO-OSL"));
    assertThat(FilterParser.parse(ENTERPRISE + ":manager.value eq \"emp_1\""))
        .isEqualTo(new Comparison(new AttributePath(ENTERPRISE, "manager", "value"),
            CompareOp.EQ, "emp_1"));
    assertThat(FilterParser.parse(ENTERPRISE + ":manager.$ref pr"))
        .isEqualTo(new Present(new AttributePath(ENTERPRISE, "manager", "$ref")));
    assertThat(FilterParser.parse("urn:ietf:params:scim:schemas:core:2.0:User:name.givenName pr"))
        .isEqualTo(new Present(new AttributePath("urn:ietf:params:scim:schemas:core:2.0:User",
            "name", "givenName")));
  }

  @Test
  void a_value_path_may_carry_a_schema_urn() {
    assertThat(FilterParser.parse("urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq \"work\"]"))
        .isEqualTo(new ValuePath(new AttributePath("urn:ietf:params:scim:schemas:core:2.0:User",
            "emails", null), cmp("type", CompareOp.EQ, "work")));
  }

  @Test
  void names_operators_and_keywords_keep_their_spelling_and_ignore_case() {
    assertThat(FilterParser.parse("DisplayName Eq \"x\" AND name.FamilyName PR oR NOT (Active EQ TRUE)"))
        .isEqualTo(new Or(
            new And(cmp("DisplayName", CompareOp.EQ, "x"), pr("name.FamilyName")),
            new Not(cmp("Active", CompareOp.EQ, true))));
  }

  @Test
  void extra_whitespace_is_tolerated_everywhere_between_tokens() {
    assertThat(FilterParser.parse("  \t( userName   eq\"x\"\n)  and\temails [ type eq \"work\" ]  "))
        .isEqualTo(new And(cmp("userName", CompareOp.EQ, "x"),
            new ValuePath(AttributePath.of("emails"), cmp("type", CompareOp.EQ, "work"))));
  }

  @Test
  void names_that_begin_like_keywords_are_attributes() {
    assertThat(FilterParser.parse("notes pr and order eq 1 or andrew pr"))
        .isEqualTo(new Or(new And(pr("notes"), cmp("order", CompareOp.EQ, new BigDecimal("1"))),
            pr("andrew")));
  }

  @Test
  void attribute_names_may_hold_digits_dashes_and_underscores() {
    assertThat(FilterParser.parse("custom_field1 pr and x-y2 pr"))
        .isEqualTo(new And(pr("custom_field1"), pr("x-y2")));
  }

  static Comparison cmp(String path, CompareOp op, Object value) {
    return new Comparison(AttributePath.parse(path), op, value);
  }

  static Present pr(String path) {
    return new Present(AttributePath.parse(path));
  }
}
