package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.config.GatewayConfig;
import com.skovik.scim.support.ScimErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code startIndex} and {@code count} (RFC 7644 §3.4.2.4) on a list Skovik pages itself:
 * they become {@code offset} and {@code limit}, and the answer echoes them as JSON numbers.
 * The test gateway advertises a maximum of 500 results, so a page may take several calls.
 */
class UserPaginationTest extends QueryGatewayTest {

  private static final int MAX_RESULTS = 500;

  @Override
  protected GatewayConfig config() {
    return withLimits(super.config(), MAX_RESULTS, 100_000);
  }

  @Test
  void oktas_probe_of_two_users_is_one_call() {
    stubListingPage(0, 1234, numbered(0, 2));

    JsonNode users = assertListResponse(gateway.get(USERS + "?startIndex=1&count=2"), 1234, 2, 1);

    assertThat(ids(users)).containsExactly("emp_0000", "emp_0001");
    assertThat(onlyListingCall()).isEqualTo(params("sort", "created_at", "offset", "0", "limit", "2"));
  }

  @Test
  void a_start_index_past_the_end_is_an_empty_page_with_the_total() {
    stubListingPage(999, 3);

    JsonNode users = assertListResponse(gateway.get(USERS + "?startIndex=1000&count=10"), 3, 0, 1000);

    assertThat(users).isEmpty();
    assertThat(onlyListingCall()).isEqualTo(params("sort", "created_at", "offset", "999", "limit", "10"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "-99999999999"})
  void a_start_index_below_one_is_one(String startIndex) {
    stubListingPage(0, 3, numbered(0, 3));

    assertListResponse(gateway.get(USERS + "?startIndex=" + startIndex + "&count=3"), 3, 3, 1);

    assertThat(onlyListingCall()).containsEntry("offset", "0");
  }

  @Test
  void count_zero_answers_the_total_only_with_one_call() {
    stubListingPage(0, 1234, numbered(0, 1));

    JsonNode users = assertListResponse(gateway.get(USERS + "?count=0"), 1234, 0, 1);

    assertThat(users).isEmpty();
    assertThat(onlyListingCall()).isEqualTo(params("sort", "created_at", "offset", "0", "limit", "1"));
  }

  @Test
  void a_negative_count_is_zero() {
    stubListingPage(0, 7, numbered(0, 1));

    assertListResponse(gateway.get(USERS + "?count=-4&startIndex=3"), 7, 0, 3);
  }

  @Test
  void count_zero_of_a_lookup_nobody_matches() {
    stubListing();

    assertListResponse(gateway.get(filtered("userName eq \"nobody@example.com\"") + "&count=0"), 0, 0, 1);
  }

  @Test
  void a_count_above_the_maximum_is_capped_and_paged_in_calls_of_two_hundred() {
    stubListingPage(0, 1234, numbered(0, 200));
    stubListingPage(200, 1234, numbered(200, 200));
    stubListingPage(400, 1234, numbered(400, 100));

    JsonNode users = assertListResponse(gateway.get(USERS + "?count=5000"), 1234, MAX_RESULTS, 1);

    assertThat(users.get(499).path("id").asText()).isEqualTo("emp_0499");
    assertThat(listingCalls()).containsExactly(
        params("sort", "created_at", "offset", "0", "limit", "200"),
        params("sort", "created_at", "offset", "200", "limit", "200"),
        params("sort", "created_at", "offset", "400", "limit", "100"));
  }

  @Test
  void without_count_the_maximum_applies() {
    stubListingPage(0, 3, numbered(0, 3));

    assertListResponse(gateway.get(USERS), 3, 3, 1);

    assertThat(onlyListingCall()).containsEntry("limit", "200");
  }

  @Test
  void a_short_last_page_ends_the_paging() {
    stubListingPage(0, 250, numbered(0, 200));
    stubListingPage(200, 250, numbered(200, 50));

    assertListResponse(gateway.get(USERS + "?count=400"), 250, 250, 1);

    assertThat(listingCalls()).containsExactly(
        params("sort", "created_at", "offset", "0", "limit", "200"),
        params("sort", "created_at", "offset", "200", "limit", "200"));
  }

  @Test
  void a_start_index_beyond_any_tenant_asks_for_the_count_alone() {
    stubListingPage(0, 3, numbered(0, 1));

    assertListResponse(gateway.get(USERS + "?startIndex=2147483647&count=10"), 3, 0, Integer.MAX_VALUE);

    assertThat(onlyListingCall()).isEqualTo(params("sort", "created_at", "offset", "0", "limit", "1"));
  }

  @Test
  void a_filtered_page_past_the_end_still_counts_every_match() {
    stubListingPage(0, 3, numbered(0, 3));

    JsonNode users = assertListResponse(gateway.get(filtered("userName sw \"user\"")
        + "&startIndex=4&count=2"), 3, 0, 4);

    assertThat(users).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"startIndex, first", "count, 1.5", "count, ten"})
  void a_number_that_is_not_whole_is_400_naming_the_parameter(String name, String value) {
    assertScimError(gateway.get(USERS + "?" + name + "=" + value), 400, null);

    assertThat(ScimErrors.detailOf(gateway.get(USERS + "?" + name + "=" + value))).contains(name);
    assertThat(listingCalls()).isEmpty();
  }
}
