package com.skovik.scim.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.skovik.scim.scim.ScimException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserErrorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      userName                      | Filter: expected a comparison operator after "userName" but found the end of the filter at position 9.
      userName "x"                  | Filter: expected a comparison operator after "userName" but found '"' at position 10.
      userName equals "x"           | Filter: "equals" is not a comparison operator; expected eq, ne, co, sw, ew, gt, ge, lt, le or pr at position 10.
      userName eq1                  | Filter: expected a space after "eq" but found '1' at position 12.
      userName EQ-1                 | Filter: expected a space after "EQ" but found '-' at position 12.
      userName pr1                  | Filter: expected "and", "or" or the end of the filter but found '1' at position 12.
      userName eq                   | Filter: expected a value after "eq" but found the end of the filter at position 12.
      userName eq )                 | Filter: expected a value after "eq" but found ')' at position 13.
      userName eq "x                | Filter: the string starting here is not closed with '"' at position 13.
      userName eq "x" and           | Filter: expected an attribute name, '(' or "not" but found the end of the filter at position 20.
      userName eq "x" userName pr   | Filter: expected "and", "or" or the end of the filter but found 'u' at position 17.
      userName pr)                  | Filter: expected "and", "or" or the end of the filter but found ')' at position 12.
      (userName pr                  | Filter: expected ')' to close the group but found the end of the filter at position 13.
      ()                            | Filter: expected an attribute name, '(' or "not" but found ')' at position 2.
      not userName pr               | Filter: expected '(' after "not" but found 'u'; write not (…) at position 5.
      not (userName pr              | Filter: expected ')' to close not (…) but found the end of the filter at position 17.
      and userName pr               | Filter: expected an attribute name, '(' or "not" but found "and" at position 1.
      a pr and or b pr              | Filter: expected an attribute name, '(' or "not" but found "or" at position 10.
      emails[type eq "work"         | Filter: expected ']' to close the value filter of "emails" but found the end of the filter at position 22.
      emails[type eq "work")        | Filter: expected ']' to close the value filter of "emails" but found ')' at position 22.
      emails[]                      | Filter: expected an attribute name, '(' or "not" but found ']' at position 8.
      emails[type[value pr]]        | Filter: value filters cannot be nested inside a value filter at position 12.
      name.givenName[value pr]      | Filter: a value filter '[' must follow an attribute without a sub-attribute, not "name.givenName" at position 1.
      emails[type eq "work"].       | Filter: expected an attribute name but found the end of the filter at position 24.
      emails[type eq "work"].value  | Filter: expected a comparison operator after "value" but found the end of the filter at position 29.
      a.b.c pr                      | Filter: an attribute path has at most one sub-attribute ("a.b.c") at position 4.
      name. pr                      | Filter: expected an attribute name but found ' ' at position 6.
      name..x pr                    | Filter: ".x" is not an attribute name; names start with a letter at position 6.
      1abc pr                       | Filter: expected an attribute name, '(' or "not" but found '1' at position 1.
      user@name pr                  | Filter: expected a comparison operator after "user" but found '@' at position 5.
      foo:bar eq "x"                | Filter: "foo:" is not a schema URN; attribute names cannot contain ':' and schema URNs start with "urn:" at position 1.
      urn:a::b:c pr                 | Filter: the schema URN "urn:a::b" is malformed at position 6.
      urn:a:b: pr                   | Filter: expected an attribute name after the schema URN at position 9.
      userName eq "\\q"             | Filter: \\q is not a JSON escape sequence; use \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX at position 14.
      userName eq "\\u12"           | Filter: \\u must be followed by four hexadecimal digits at position 14.
      userName eq "\\u12G4"         | Filter: \\u must be followed by four hexadecimal digits at position 14.
      userName eq "x\\              | Filter: the escape sequence is incomplete at position 15.
      userName eq 'x'               | Filter: unexpected ''' in an unquoted value; string values are written in double quotes at position 13.
      userName eq and               | Filter: expected a value after "eq" but found "and" at position 13.
      userName eq x,y               | Filter: unexpected ',' in an unquoted value; string values are written in double quotes at position 14.
      userName eq 1e99999999999     | Filter: the number is out of range at position 13.
      userName eq "x"]              | Filter: expected "and", "or" or the end of the filter but found ']' at position 16.
      userName eq "x" or [          | Filter: expected an attribute name, '(' or "not" but found '[' at position 20.
      """)
  void malformed_filters_are_invalid_filter_errors_that_say_where_and_what_was_expected(
      String filter, String detail) {
    ScimException error = parseError(filter);
    assertThat(error.status()).isEqualTo(400);
    assertThat(error.scimType()).contains("invalidFilter");
    assertThat(error.detail()).isEqualTo(detail);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t\n"})
  void an_empty_filter_is_an_invalid_filter_error(String filter) {
    assertThat(parseError(filter).detail()).isEqualTo("Filter: the filter is empty.");
  }

  @Test
  void a_control_character_is_named_by_its_code_point() {
    assertThat(parseError("userName eq \"a\u0001b\"").detail())
        .isEqualTo("Filter: control character U+0001 must be escaped in a string at position 15.");
    assertThat(parseError("userName pr \u0000").detail()).isEqualTo("Filter: expected \"and\", "
        + "\"or\" or the end of the filter but found control character U+0000 at position 13.");
  }

  @Test
  void a_number_of_more_than_a_hundred_digits_is_refused() {
    assertThat(parseError("custom_field1 eq " + "9".repeat(101)).detail())
        .isEqualTo("Filter: the number is longer than 100 characters at position 18.");
  }

  @Test
  void a_filter_longer_than_ten_thousand_characters_is_refused_before_parsing() {
    String filter = "userName eq \"" + "x".repeat(FilterParser.MAX_LENGTH) + "\"";
    assertThat(parseError(filter).detail())
        .isEqualTo("Filter: the filter is longer than 10000 characters.");
  }

  @Test
  void nesting_deeper_than_fifty_levels_is_refused() {
    String fifty = "(".repeat(50) + "a pr" + ")".repeat(50);
    assertThat(FilterParser.parse(fifty)).isEqualTo(FilterParserTest.pr("a"));
    assertThat(parseError("(" + fifty + ")").detail())
        .isEqualTo("Filter: the filter nests deeper than 50 levels at position 51.");
    assertThat(parseError("not (".repeat(51) + "a pr" + ")".repeat(51)).detail())
        .isEqualTo("Filter: the filter nests deeper than 50 levels at position 255.");
  }

  @Test
  void very_long_names_are_shortened_in_the_detail() {
    String longName = "a".repeat(500);
    assertThat(parseError(longName).detail())
        .isEqualTo("Filter: expected a comparison operator after \"" + "a".repeat(120)
            + "…\" but found the end of the filter at position 501.");
  }

  static ScimException parseError(String filter) {
    ScimException error = catchThrowableOfType(ScimException.class, () -> FilterParser.parse(filter));
    assertThat(error).as("parse(%s) should fail", filter).isNotNull();
    assertThat(error.scimType()).contains("invalidFilter");
    return error;
  }
}
