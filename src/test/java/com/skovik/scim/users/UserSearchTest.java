package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.support.ScimErrors;
import com.skovik.scim.support.ScimResponse;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /Users/.search} (RFC 7644 §3.4.3): the query of a GET, in a body. */
class UserSearchTest extends QueryGatewayTest {

  private static final String SEARCH = USERS + "/.search";
  private static final String SEARCH_REQUEST = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

  @Test
  void a_search_request_is_answered_like_the_same_get() {
    stubListing(ada(), grace());

    JsonNode users = assertListResponse(gateway.post(SEARCH, json("{'schemas': ['" + SEARCH_REQUEST + "'],"
        + " 'filter': 'userName eq \\\"ada.lovelace@example.com\\\"', 'startIndex': 1, 'count': 10}")), 2, 2, 1);
    gateway.get(filtered("userName eq \"ada.lovelace@example.com\"") + "&startIndex=1&count=10");

    assertThat(ids(users)).containsExactly("emp_ada", "emp_grace");
    assertThat(listingCalls()).containsExactly(
        params("email", "ada.lovelace@example.com", "sort", "created_at", "offset", "0", "limit", "10"),
        params("email", "ada.lovelace@example.com", "sort", "created_at", "offset", "0", "limit", "10"));
  }

  @Test
  void every_member_of_a_search_request_is_honoured() {
    stubListingPage(4, 40, numbered(4, 3));

    JsonNode users = assertListResponse(gateway.post(SEARCH, json("{'schemas': ['" + SEARCH_REQUEST + "'],"
        + " 'filter': 'active eq true', 'startIndex': 5, 'count': 3, 'sortBy': 'meta.lastModified',"
        + " 'sortOrder': 'descending', 'excludedAttributes': ['emails', 'name']}")), 40, 3, 5);

    assertThat(users.get(0).has("emails")).isFalse();
    assertThat(users.get(0).has("name")).isFalse();
    assertThat(onlyListingCall()).isEqualTo(
        params("status", "active", "sort", "-updated_at", "offset", "4", "limit", "3"));
  }

  @Test
  void a_search_request_without_members_lists_everyone() {
    stubListing(ada());

    assertListResponse(gateway.post(SEARCH, json("{'schemas': ['" + SEARCH_REQUEST + "']}")), 1, 1, 1);

    assertThat(onlyListingCall()).isEqualTo(params("sort", "created_at", "offset", "0", "limit", "200"));
  }

  @Test
  void a_search_with_a_gateway_filter_and_count_zero() {
    stubListing(ada(), grace());

    assertListResponse(gateway.post(SEARCH, json("{'filter': 'name.givenName sw \\\"G\\\"', 'count': 0}")), 1, 0, 1);
  }

  @Test
  void a_search_that_matches_nobody_is_200() {
    stubListing();

    JsonNode users = assertListResponse(gateway.post(SEARCH, json("{'filter': 'externalId eq \\\"nope\\\"'}")), 0, 0, 1);

    assertThat(users).isEmpty();
  }

  @Test
  void an_invalid_filter_in_a_search_request_is_invalid_filter() {
    ScimResponse response = gateway.post(SEARCH, json("{'filter': 'userName eq'}"));

    assertScimError(response, 400, "invalidFilter");
    assertThat(listingCalls()).isEmpty();
  }

  @Test
  void an_empty_body_is_invalid_syntax() {
    assertScimError(gateway.send(HttpMethod.POST, SEARCH, "", io.vertx.core.MultiMap.caseInsensitiveMultiMap()
        .add("Content-Type", "application/scim+json")), 400, "invalidSyntax");
  }

  @Test
  void a_body_that_is_not_json_is_invalid_syntax() {
    assertScimError(gateway.post(SEARCH, "{filter: nope"), 400, "invalidSyntax");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "PATCH", "DELETE"})
  void search_only_takes_post(String methodName) {
    HttpMethod method = HttpMethod.valueOf(methodName);
    ScimResponse response = gateway.send(method, SEARCH,
        method == HttpMethod.GET || method == HttpMethod.DELETE ? null : "{}",
        io.vertx.core.MultiMap.caseInsensitiveMultiMap());

    ScimErrors.assertScimError(response, 405);
    assertThat(response.header("Allow")).contains("POST");
    assertThat(listingCalls()).isEmpty();
  }
}
