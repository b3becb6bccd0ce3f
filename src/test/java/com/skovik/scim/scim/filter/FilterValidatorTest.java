package com.skovik.scim.scim.filter;

import static com.skovik.scim.scim.filter.FilterFixtures.USER_SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.skovik.scim.scim.ScimException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterValidatorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      nickName eq "x"                       | Filter: unknown attribute "nickName".
      userName pr or title eq "x"           | Filter: unknown attribute "title".
      name.middleName pr                    | Filter: "name" has no sub-attribute "middleName"; it has formatted, familyName, givenName.
      userName.value eq "x"                 | Filter: "userName" is not complex and has no sub-attribute "value".
      emails[nope eq "x"]                   | Filter: "emails" has no sub-attribute "nope"; it has value, type, primary.
      emails[emails.type eq "x"]            | Filter: inside emails[…] name a sub-attribute of emails alone, not "emails.type".
      userName[value eq "x"]                | Filter: "userName" is not complex, so it takes no value filter […].
      name eq "Barbara"                     | Filter: "name" is complex; compare one of its sub-attributes (formatted, familyName, givenName).
      meta gt "x"                           | Filter: "meta" is complex; compare one of its sub-attributes (resourceType, created, lastModified, location, version).
      active gt true                        | Filter: "active" is a boolean; only eq and ne apply, not gt.
      emails.primary co "t"                 | Filter: "emails.primary" is a boolean; only eq and ne apply, not co.
      active eq "yes"                       | Filter: "active" is a boolean; compare it with true or false.
      active eq 1                           | Filter: "active" is a boolean; compare it with true or false.
      custom_field1 co "4"                  | Filter: "custom_field1" is a number; co does not apply.
      custom_field1 eq "many"               | Filter: "custom_field1" is a number; compare it with a number.
      custom_field1 gt true                 | Filter: "custom_field1" is a number; compare it with a number.
      meta.created gt "yesterday"           | Filter: "meta.created" is a dateTime; compare it with a date-time such as "2024-01-31T12:00:00Z".
      meta.lastModified eq 20240101         | Filter: "meta.lastModified" is a dateTime; compare it with a date-time such as "2024-01-31T12:00:00Z".
      userName gt null                      | Filter: "gt null" is not a comparison; use eq null, ne null or pr.
      urn:ietf:params:scim:schemas:extension:nope:2.0:User:division eq "x"       | Filter: unknown schema "urn:ietf:params:scim:schemas:extension:nope:2.0:User" in "urn:ietf:params:scim:schemas:extension:nope:2.0:User:division".
      urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:userName pr     | Filter: unknown attribute "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:userName".
      urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:meta.created pr | Filter: unknown attribute "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:meta".
      """)
  void filters_that_do_not_fit_the_schema_are_invalid_filter_errors(String filter, String detail) {
    ScimException error = catchThrowableOfType(ScimException.class,
        () -> FilterValidator.validate(FilterParser.parse(filter), USER_SCHEMA));
    assertThat(error.scimType()).contains("invalidFilter");
    assertThat(error.detail()).isEqualTo(detail);
  }

  @Test
  void the_evaluator_validates_branches_it_would_skip() {
    Filter filter = FilterParser.parse("userName pr or title eq \"x\"");
    ScimException error = catchThrowableOfType(ScimException.class,
        () -> FilterEvaluator.matches(filter, FilterFixtures.user("bjensen"), USER_SCHEMA));
    assertThat(error.detail()).isEqualTo("Filter: unknown attribute \"title\".");
  }

  @Test
  void element_validation_names_the_complex_attribute() {
    ScimException error = catchThrowableOfType(ScimException.class, () -> FilterEvaluator
        .elementMatches(FilterParser.parse("display eq \"x\""), FilterFixtures.user("bjensen"),
            FilterFixtures.emailsAttribute()));
    assertThat(error.detail())
        .isEqualTo("Filter: \"emails\" has no sub-attribute \"display\"; it has value, type, primary.");
  }

  @Test
  void a_value_path_built_by_hand_cannot_nest_inside_another() {
    Filter nested = new Filter.ValuePath(AttributePath.of("emails"),
        new Filter.ValuePath(AttributePath.of("value"), FilterParser.parse("value pr")));
    ScimException error = catchThrowableOfType(ScimException.class,
        () -> FilterValidator.validate(nested, USER_SCHEMA));
    assertThat(error.detail()).isEqualTo("Filter: value filters cannot be nested, as in \"value[…]\".");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "userName eq \"x\" and active eq true and emails[type eq \"work\"]",
      "externalId eq 12345",
      "externalId eq true",
      "custom_field1 eq \"12.5\"",
      "active ne \"FALSE\"",
      "custom_field5 gt \"2024-01-01\"",
      "meta.created sw \"2024\"",
      "emails ew \".org\"",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager eq \"emp_1\"",
      "urn:ietf:params:scim:schemas:core:2.0:User:meta.lastModified gt \"2024-01-01T00:00:00+02:00\"",
      "schemas eq \"urn:ietf:params:scim:schemas:core:2.0:User\"",
      "USERNAME EQ \"x\" AND NAME.GIVENNAME PR",
      "name eq null or meta ne null",
      })
  void filters_that_fit_the_schema_are_accepted(String filter) {
    assertThatCode(() -> FilterValidator.validate(FilterParser.parse(filter), USER_SCHEMA))
        .doesNotThrowAnyException();
  }
}
