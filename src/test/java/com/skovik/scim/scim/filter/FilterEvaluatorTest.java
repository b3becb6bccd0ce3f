package com.skovik.scim.scim.filter;

import static com.skovik.scim.scim.filter.FilterFixtures.USER_SCHEMA;
import static com.skovik.scim.scim.filter.FilterFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.ScimJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every operator on every attribute type, against two users: {@code bjensen.json} (every attribute
 * set, two emails, a manager) and {@code ola.json} (no externalId, no emails, no manager).
 */
class FilterEvaluatorTest {

  private static final JsonNode BJENSEN = user("bjensen");
  private static final JsonNode OLA = user("ola");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      userName eq "bjensen@example.com"         | true  | false
      userName eq "BJENSEN@EXAMPLE.COM"         | true  | false
      userName ne "bjensen@example.com"         | false | true
      userName co "JENSEN@"                     | true  | false
      userName sw "bjen"                        | true  | false
      userName ew "@EXAMPLE.com"                | true  | true
      userName gt "c"                           | false | true
      userName gt "B"                           | true  | true
      userName ge "bjensen@example.com"         | true  | true
      userName lt "c"                           | true  | false
      userName le "bjensen@example.com"         | true  | false
      userName pr                               | true  | true
      displayName co "nord"                     | false | true
      """)
  void case_insensitive_strings_ignore_case_in_every_operator(String filter, boolean bjensen,
      boolean ola) {
    assertMatches(filter, bjensen, ola);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      externalId eq "AbC-42"                    | true  | false
      externalId eq "abc-42"                    | false | false
      externalId ne "abc-42"                    | true  | false
      externalId co "bC-"                       | true  | false
      externalId co "bc-"                       | false | false
      externalId sw "AbC"                       | true  | false
      externalId sw "ABC"                       | false | false
      externalId ew "C-42"                      | true  | false
      externalId gt "AbB"                       | true  | false
      externalId lt "abc"                       | true  | false
      externalId ge "AbC-42"                    | true  | false
      externalId le "AbC-41"                    | false | false
      id eq "emp_1001"                          | true  | false
      id eq "EMP_1001"                          | false | false
      meta.resourceType eq "User"               | true  | true
      meta.version eq "W/\\"3\\""               | true  | false
      custom_field4 eq "gold"                   | false | false
      custom_field4 eq "Gold"                   | true  | false
      """)
  void case_exact_strings_compare_exactly(String filter, boolean bjensen, boolean ola) {
    assertMatches(filter, bjensen, ola);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      externalId eq AbC-42                      | true  | false
      userName eq bjensen@example.com           | true  | false
      custom_field3 eq Night                    | false | false
      """)
  void unquoted_values_compare_as_strings(String filter, boolean bjensen, boolean ola) {
    assertMatches(filter, bjensen, ola);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      active eq true                            | true  | false
      active eq false                           | false | true
      active eq TRUE                            | true  | false
      active eq "true"                          | true  | false
      active ne true                            | false | true
      active ne false                           | true  | false
      active pr                                 | true  | true
      custom_field2 eq true                     | true  | false
      emails.primary eq true                    | true  | false
      emails.primary eq false                   | true  | false
      """)
  void booleans_compare_for_equality(String filter, boolean bjensen, boolean ola) {
    assertMatches(filter, bjensen, ola);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      custom_field1 eq 42.5                     | true  | false
      custom_field1 eq 42.50                    | true  | false
      custom_field1 eq 4.25e1                   | true  | false
      custom_field1 eq 7                        | false | true
      custom_field1 eq 7.0                      | false | true
      custom_field1 eq "7"                      | false | true
      custom_field1 ne 7                        | true  | false
      custom_field1 gt 40                       | true  | false
      custom_field1 gt 42.5                     | false | false
      custom_field1 ge 42.5                     | true  | false
      custom_field1 lt 10                       | false | true
      custom_field1 lt -1                       | false | false
      custom_field1 le 7                        | false | true
      custom_field1 gt 9                        | true  | false
      """)
  void decimals_compare_numerically(String filter, boolean bjensen, boolean ola) {
    assertMatches(filter, bjensen, ola);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      meta.created gt "2024-01-01T00:00:00Z"                | true  | true
      meta.created gt "2024-12-31T23:59:59Z"                | false | true
      meta.created lt "2024-06-01T00:00:00Z"                | true  | false
      meta.created eq "2024-01-15T10:30:00+01:00"           | true  | false
      meta.created eq "2024-01-15T09:30:00.000Z"            | true  | false
      meta.created eq "2024-01-15t09:30:00z"                | true  | false
      meta.created eq "2024-01-15T09:30:00"                 | true  | false
      meta.created ne "2024-01-15T09:30:00Z"                | false | true
      meta.created ge "2024-01-15T09:30:00Z"                | true  | true
      meta.created le "2024-01-15T09:30:00Z"                | true  | false
      meta.created gt "2025-02-01T07:00:00Z"                | false | false
      meta.created ge "2025-02-01T07:00:00Z"                | false | true
      meta.lastModified ge "2024-06-01T10:00:00.250Z"       | true  | true
      meta.lastModified gt "2024-06-01T10:00:00.250Z"       | false | true
      meta.created sw "2024-01"                             | true  | false
      """)
  void date_times_compare_as_instants(String filter, boolean bjensen, boolean ola) {
    assertMatches(filter, bjensen, ola);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      name.givenName eq "barbara"                           | true  | false
      name.FAMILYNAME sw "nord"                             | false | true
      name.formatted pr                                     | true  | false
      name pr                                               | true  | true
      urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager eq "emp_1"        | true  | false
      urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "emp_1"  | true  | false
      urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.$ref pr           | true  | false
      urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager pr                | true  | false
      URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:DIVISION eq "NO-OSL"      | true  | false
      urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division eq "no-osl"      | true  | false
      manager.displayName co "kari"                         | true  | false
      manager.value eq "EMP_1"                              | false | false
      division sw "SE"                                      | false | true
      urn:ietf:params:scim:schemas:core:2.0:User:userName sw "ola"                         | false | true
      urn:ietf:params:scim:schemas:core:2.0:User:meta.created pr                           | true  | true
      urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field1 gt 10           | true  | false
      """)
  void complex_attributes_and_schema_urns(String filter, boolean bjensen, boolean ola) {
    assertMatches(filter, bjensen, ola);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      emails eq "babs@jensen.org"                                   | true  | false
      emails co "example.com"                                       | true  | false
      emails.value ew "@jensen.org"                                 | true  | false
      emails.type eq "home"                                         | true  | false
      emails.value ne "babs@jensen.org"                             | false | false
      emails.value ne "nobody@example.com"                          | true  | false
      emails pr                                                     | true  | false
      emails.value pr                                               | true  | false
      emails eq null                                                | false | true
      emails[type eq "work" and value co "example.com"]             | true  | false
      emails[type eq "home" and value co "example.com"]             | false | false
      emails.type eq "home" and emails.value co "example.com"       | true  | false
      emails[type eq "work"].value eq "bjensen@example.com"         | true  | false
      emails[type eq "work"].value eq "babs@jensen.org"             | false | false
      emails[type eq "home"].value pr                               | true  | false
      emails[not (primary eq true)]                                 | true  | false
      emails[value pr]                                              | true  | false
      emails[primary eq true or type eq "other"]                    | true  | false
      schemas eq "urn:ietf:params:scim:schemas:extension:skovik:2.0:User"  | true | false
      """)
  void multi_valued_attributes_match_when_any_value_matches(String filter, boolean bjensen,
      boolean ola) {
    assertMatches(filter, bjensen, ola);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      externalId eq "x"                         | false
      externalId ne "x"                         | false
      externalId co "x"                         | false
      externalId gt "a"                         | false
      externalId lt "z"                         | false
      externalId pr                             | false
      externalId eq null                        | true
      externalId ne null                        | false
      not (externalId eq "x")                   | true
      not (externalId ne "x")                   | true
      not (externalId pr)                       | true
      custom_field3 pr                          | false
      custom_field3 eq null                     | true
      custom_field3 eq ""                       | false
      custom_field3 ne "x"                      | false
      custom_field5 pr                          | false
      custom_field5 lt "2030-01-01"             | false
      urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "emp_1"  | false
      urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager eq null           | true
      emails[type eq "work"]                    | false
      name eq null                              | false
      name.formatted eq null                    | true
      not (emails[type eq "work"])              | true
      """)
  void absent_attributes_fail_every_comparison_and_not_simply_negates(String filter, boolean ola) {
    assertThat(FilterEvaluator.matches(FilterParser.parse(filter), OLA, USER_SCHEMA)).isEqualTo(ola);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      active eq false or userName sw "b" and externalId eq "none"         | false | true
      (active eq false or userName sw "b") and externalId eq "none"       | false | false
      not (active eq true) and userName sw "o"                            | false | true
      not (active eq true and userName sw "b")                            | false | true
      not (active eq true) or userName sw "b"                             | true  | true
      userName sw "x" or userName sw "y" or displayName co "ola"          | false | true
      active eq true and (name.givenName eq "ola" or name.givenName eq "barbara") | true | false
      not (not (active eq true))                                          | true  | false
      """)
  void logical_operators_follow_rfc_precedence(String filter, boolean bjensen, boolean ola) {
    assertMatches(filter, bjensen, ola);
  }

  @Test
  void decimals_stored_as_text_still_compare_numerically() {
    JsonNode user = ScimJson.toTree(java.util.Map.of(
        "urn:ietf:params:scim:schemas:extension:skovik:2.0:User", java.util.Map.of(
            "custom_field1", "12.0", "custom_field2", "TRUE")));
    assertThat(FilterEvaluator.matches(FilterParser.parse("custom_field1 eq 12"), user, USER_SCHEMA))
        .isTrue();
    assertThat(FilterEvaluator.matches(FilterParser.parse("custom_field2 eq true"), user, USER_SCHEMA))
        .isTrue();
  }

  @Test
  void a_malformed_date_time_in_the_resource_matches_nothing() {
    JsonNode user = ScimJson.toTree(java.util.Map.of("meta", java.util.Map.of("created", "soon")));
    Filter after = FilterParser.parse("meta.created gt \"2000-01-01T00:00:00Z\"");
    Filter before = FilterParser.parse("meta.created lt \"2000-01-01T00:00:00Z\"");
    assertThat(FilterEvaluator.matches(after, user, USER_SCHEMA)).isFalse();
    assertThat(FilterEvaluator.matches(before, user, USER_SCHEMA)).isFalse();
  }

  @Test
  void element_matches_evaluates_a_value_filter_on_one_element_of_a_complex_attribute() {
    JsonNode work = BJENSEN.get("emails").get(0);
    JsonNode home = BJENSEN.get("emails").get(1);
    Filter filter = FilterParser.parse("type eq \"WORK\" and primary eq true");
    assertThat(FilterEvaluator.elementMatches(filter, work, FilterFixtures.emailsAttribute())).isTrue();
    assertThat(FilterEvaluator.elementMatches(filter, home, FilterFixtures.emailsAttribute())).isFalse();
  }

  @Test
  void element_matches_takes_the_value_filter_of_a_parsed_patch_path() {
    PatchPath path = PatchPath.parse("emails[value ew \"jensen.org\"].primary");
    JsonNode home = BJENSEN.get("emails").get(1);
    assertThat(FilterEvaluator.elementMatches(path.valueFilter(), home,
        FilterFixtures.emailsAttribute())).isTrue();
  }

  @Test
  void a_matcher_validates_once_and_filters_many_resources() {
    var matcher = FilterEvaluator.matcher(FilterParser.parse("active eq true"), USER_SCHEMA);
    assertThat(java.util.stream.Stream.of(BJENSEN, OLA).filter(matcher))
        .containsExactly(BJENSEN);
  }

  private static void assertMatches(String filter, boolean bjensen, boolean ola) {
    Filter parsed = FilterParser.parse(filter);
    assertThat(FilterEvaluator.matches(parsed, BJENSEN, USER_SCHEMA)).as("bjensen").isEqualTo(bjensen);
    assertThat(FilterEvaluator.matches(parsed, OLA, USER_SCHEMA)).as("ola").isEqualTo(ola);
  }
}
