package com.skovik.scim.scim.filter;

import static com.skovik.scim.scim.filter.FilterFixtures.ENTERPRISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.filter.Filter.And;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatchPathTest {

  @Test
  void a_plain_attribute_has_neither_filter_nor_sub_attribute() {
    assertThat(PatchPath.parse("displayName"))
        .isEqualTo(new PatchPath(AttributePath.of("displayName"), null, null));
  }

  @Test
  void a_sub_attribute_after_the_dot_goes_to_sub_attribute() {
    PatchPath path = PatchPath.parse("name.givenName");
    assertThat(path).isEqualTo(new PatchPath(AttributePath.of("name"), null, "givenName"));
    assertThat(path.fullPath()).isEqualTo(AttributePath.of("name", "givenName"));
    assertThat(path.hasValueFilter()).isFalse();
  }

  @Test
  void a_value_filter_with_a_sub_attribute_after_the_bracket() {
    PatchPath path = PatchPath.parse("emails[type eq \"work\"].value");
    assertThat(path).isEqualTo(new PatchPath(AttributePath.of("emails"),
        FilterParser.parse("type eq \"work\""), "value"));
    assertThat(path.hasValueFilter()).isTrue();
  }

  @Test
  void a_value_filter_without_a_sub_attribute() {
    assertThat(PatchPath.parse("emails[type eq \"work\" and primary eq true]"))
        .isEqualTo(new PatchPath(AttributePath.of("emails"),
            new And(FilterParser.parse("type eq \"work\""), FilterParser.parse("primary eq true")),
            null));
  }

  @Test
  void an_extension_attribute_keeps_its_urn_even_with_a_dotted_version() {
    assertThat(PatchPath.parse(ENTERPRISE + ":manager"))
        .isEqualTo(new PatchPath(new AttributePath(ENTERPRISE, "manager", null), null, null));
    assertThat(PatchPath.parse(ENTERPRISE + ":manager.value"))
        .isEqualTo(new PatchPath(new AttributePath(ENTERPRISE, "manager", null), null, "value"));
  }

  @Test
  void surrounding_whitespace_is_ignored() {
    assertThat(PatchPath.parse("  name.givenName \n"))
        .isEqualTo(new PatchPath(AttributePath.of("name"), null, "givenName"));
  }

  @Test
  void a_path_prints_back_as_it_was_written() {
    assertThat(PatchPath.parse("emails[type eq \"work\"].value")).hasToString("emails[type eq \"work\"].value");
    assertThat(PatchPath.parse(ENTERPRISE + ":manager.value")).hasToString(ENTERPRISE + ":manager.value");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      ``                            | Path: the path is empty.
      name.givenName.x              | Path: an attribute path has at most one sub-attribute ("name.givenName.x") at position 15.
      name givenName                | Path: expected the end of the path but found 'g' at position 6.
      emails[type eq "work"]value   | Path: expected the end of the path but found 'v' at position 23.
      emails[type eq "work"].       | Path: expected an attribute name but found the end of the path at position 24.
      emails[type eq "work"].a.b    | Path: expected the end of the path but found '.' at position 25.
      name.givenName[value pr]      | Path: a value filter '[' must follow an attribute without a sub-attribute, not "name.givenName" at position 15.
      [type eq "work"]              | Path: expected an attribute name but found '[' at position 1.
      foo:bar                       | Path: "foo:" is not a schema URN; attribute names cannot contain ':' and schema URNs start with "urn:" at position 1.
      """)
  void malformed_paths_are_invalid_path_errors(String path, String detail) {
    ScimException error = catchThrowableOfType(ScimException.class, () -> PatchPath.parse(path));
    assertThat(error.scimType()).contains("invalidPath");
    assertThat(error.detail()).isEqualTo(detail);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      emails[type eq]               | Filter: expected a value after "eq" but found ']' at position 15.
      emails[type eq "work"         | Filter: expected ']' to close the value filter of "emails" but found the end of the filter at position 22.
      emails[type[value pr]]        | Filter: value filters cannot be nested inside a value filter at position 12.
      """)
  void a_malformed_filter_inside_the_brackets_is_an_invalid_filter_error(String path, String detail) {
    ScimException error = catchThrowableOfType(ScimException.class, () -> PatchPath.parse(path));
    assertThat(error.scimType()).contains("invalidFilter");
    assertThat(error.detail()).isEqualTo(detail);
  }

  @Test
  void an_attribute_path_alone_parses_or_fails_with_invalid_path() {
    assertThat(AttributePath.parse(ENTERPRISE + ":manager.$ref"))
        .isEqualTo(new AttributePath(ENTERPRISE, "manager", "$ref"));
    ScimException error = catchThrowableOfType(ScimException.class,
        () -> AttributePath.parse("emails[type eq \"work\"]"));
    assertThat(error.scimType()).contains("invalidPath");
    assertThat(error.detail())
        .isEqualTo("Path: expected the end of the attribute path but found '[' at position 7.");
  }
}
