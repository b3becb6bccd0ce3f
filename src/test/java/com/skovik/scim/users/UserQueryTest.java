package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.filter.AttributePath;
import com.skovik.scim.scim.filter.FilterPrinter;
import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parameters of a list request, from a query string or a {@code .search} body (RFC 7644 §3.4.2). */
class UserQueryTest {

  @Test
  void nothing_given_is_everyone_from_the_first_at_the_servers_count() {
    UserQuery query = UserQuery.fromQueryParameters(MultiMap.caseInsensitiveMultiMap());

    assertThat(query).isEqualTo(new UserQuery(null, 1, null, null, false, null, null));
  }

  @ParameterizedTest(name = "startIndex={0} → {1}")
  @CsvSource({"1, 1", "0, 1", "-5, 1", "' 7 ', 7", "+3, 3", "99999999999999, 2147483647",
      "-99999999999999, 1"})
  void start_index_below_one_is_one(String given, int expected) {
    assertThat(fromQuery("startIndex", given).startIndex()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "count={0} → {1}")
  @CsvSource({"10, 10", "0, 0", "-3, 0", "99999999999999, 2147483647", "-99999999999999, 0"})
  void a_negative_count_is_zero(String given, int expected) {
    assertThat(fromQuery("count", given).count()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"startIndex, one", "startIndex, 1.5", "count, ten", "count, 0x10"})
  void a_number_that_is_not_whole_is_a_bad_request(String name, String value) {
    assertThatThrownBy(() -> fromQuery(name, value)).isInstanceOfSatisfying(ScimException.class, e -> {
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.detail()).contains(name).contains(value);
    });
  }

  @ParameterizedTest
  @CsvSource({"ascending, false", "descending, true", "DESCENDING, true", "Ascending, false"})
  void sort_order_in_any_case(String given, boolean descending) {
    assertThat(fromQuery("sortOrder", given).descending()).isEqualTo(descending);
  }

  @Test
  void an_unknown_sort_order_is_a_bad_request() {
    assertThatThrownBy(() -> fromQuery("sortOrder", "sideways"))
        .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void sort_by_is_an_attribute_path() {
    assertThat(fromQuery("sortBy", "name.givenName").sortBy()).isEqualTo(AttributePath.of("name", "givenName"));
    assertThatThrownBy(() -> fromQuery("sortBy", "name..givenName"))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.detail()).contains("sortBy");
        });
  }

  @Test
  void a_blank_filter_is_no_filter_and_a_bad_one_is_invalid_filter() {
    assertThat(fromQuery("filter", "  ").filter()).isNull();
    assertThatThrownBy(() -> fromQuery("filter", "userName eq"))
        .isInstanceOfSatisfying(ScimException.class,
            e -> assertThat(e.scimType()).contains("invalidFilter"));
  }

  @Test
  void a_search_request_takes_numbers_as_numbers_and_attribute_lists_as_arrays() {
    UserQuery query = UserQuery.fromSearchRequest(ScimJson.parse("""
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
         "filter": "userName sw \\"a\\"", "startIndex": 3, "count": 25,
         "sortBy": "name.familyName", "sortOrder": "descending",
         "attributes": ["userName", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division"]}
        """.getBytes()));

    assertThat(FilterPrinter.print(query.filter())).isEqualTo("userName sw \"a\"");
    assertThat(query.startIndex()).isEqualTo(3);
    assertThat(query.count()).isEqualTo(25);
    assertThat(query.sortBy()).isEqualTo(AttributePath.of("name", "familyName"));
    assertThat(query.descending()).isTrue();
    assertThat(query.attributes())
        .isEqualTo("userName,urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division");
    assertThat(query.excludedAttributes()).isNull();
  }

  @Test
  void a_search_request_names_its_members_in_any_case_and_may_send_lists_as_text() {
    UserQuery query = UserQuery.fromSearchRequest(ScimJson.parse("""
        {"StartIndex": "2", "COUNT": 0, "excludedattributes": "emails,name", "filter": null}
        """.getBytes()));

    assertThat(query).isEqualTo(new UserQuery(null, 2, 0, null, false, null, "emails,name"));
  }

  private static UserQuery fromQuery(String name, String value) {
    return UserQuery.fromQueryParameters(MultiMap.caseInsensitiveMultiMap().add(name, value));
  }
}
