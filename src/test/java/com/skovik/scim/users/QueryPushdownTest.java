package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.support.EmployeeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Skovik's listing can answer is sent to it as exactly one listing call, with exactly
 * these query parameters (issue 4 §2): nothing is filtered in the gateway, nothing fetched twice.
 */
class QueryPushdownTest extends QueryGatewayTest {

  @Test
  void user_name_eq_is_one_listing_by_email() {
    stubListing(ada());

    JsonNode users = assertListResponse(gateway.get(filtered("userName eq \"ada.lovelace@example.com\"")), 1, 1, 1);

    assertThat(users.get(0).path("userName").asText()).isEqualTo("ada.lovelace@example.com");
    assertThat(users.get(0).path("id").asText()).isEqualTo("emp_ada");
    skovik.verify(1, getRequestedFor(urlPathEqualTo(EMPLOYEES))
        .withQueryParam("email", equalTo("ada.lovelace@example.com"))
        .withQueryParam("sort", equalTo("created_at"))
        .withQueryParam("offset", equalTo("0"))
        .withQueryParam("limit", equalTo("200")));
    assertThat(onlyListingCall())
        .isEqualTo(params("email", "ada.lovelace@example.com", "sort", "created_at", "offset", "0", "limit", "200"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "USERNAME eq \"ADA.LOVELACE@EXAMPLE.COM\"",
      "userName EQ \"ADA.LOVELACE@EXAMPLE.COM\"",
      "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"ADA.LOVELACE@EXAMPLE.COM\"",
      "URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:USERNAME Eq \"ADA.LOVELACE@EXAMPLE.COM\"",
      "emails[type eq \"work\"].value eq \"ADA.LOVELACE@EXAMPLE.COM\"",
      "emails[type eq \"work\" and value eq \"ADA.LOVELACE@EXAMPLE.COM\"]",
      "emails.value eq \"ADA.LOVELACE@EXAMPLE.COM\"",
      "emails eq \"ADA.LOVELACE@EXAMPLE.COM\""})
  void every_spelling_of_the_email_lookup_is_one_listing_by_email(String filter) {
    stubListing(ada());

    assertListResponse(gateway.get(filtered(filter)), 1, 1, 1);

    // Skovik compares email case-insensitively, as SCIM compares userName.
    assertThat(onlyListingCall()).isEqualTo(
        params("email", "ADA.LOVELACE@EXAMPLE.COM", "sort", "created_at", "offset", "0", "limit", "200"));
  }

  @Test
  void an_email_with_reserved_characters_arrives_exactly_as_written() {
    stubListing();

    assertListResponse(gateway.get(filtered("userName eq \"o'brien+scim&test=1@example.com\"")), 0, 0, 1);

    assertThat(onlyListingCall()).containsEntry("email", "o'brien+scim&test=1@example.com");
  }

  @Test
  void external_id_eq_is_one_listing_by_external_id() {
    stubListing(ada().externalId("4f1c9e2a-Case"));

    JsonNode users = assertListResponse(gateway.get(filtered("externalId eq \"4f1c9e2a-Case\"")), 1, 1, 1);

    assertThat(users.get(0).path("externalId").asText()).isEqualTo("4f1c9e2a-Case");
    assertThat(onlyListingCall())
        .isEqualTo(params("external_id", "4f1c9e2a-Case", "sort", "created_at", "offset", "0", "limit", "200"));
  }

  @Test
  void id_eq_is_one_listing_by_ids() {
    stubListing(ada());

    assertListResponse(gateway.get(filtered("id eq \"emp_ada\"")), 1, 1, 1);

    assertThat(onlyListingCall())
        .isEqualTo(params("ids", "emp_ada", "sort", "created_at", "offset", "0", "limit", "200"));
  }

  @Test
  void an_or_of_ids_is_one_listing_by_ids() {
    stubListing(ada(), grace());

    JsonNode users = assertListResponse(gateway.get(filtered(
        "id eq \"emp_ada\" or id eq \"emp_grace\" or id eq \"emp_gone\" or ID eq \"emp_ada\"")), 2, 2, 1);

    assertThat(ids(users)).containsExactly("emp_ada", "emp_grace");
    assertThat(onlyListingCall()).isEqualTo(
        params("ids", "emp_ada,emp_grace,emp_gone", "sort", "created_at", "offset", "0", "limit", "200"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "active eq true      | active",
      "active eq false     | archived",
      "ACTIVE eq TRUE      | active",
      "active eq \"True\"  | active",
      "active eq \"false\" | archived"})
  void active_eq_is_one_listing_by_status(String filter, String status) {
    stubListing(status.equals("active") ? ada() : ada().archived());

    JsonNode users = assertListResponse(gateway.get(filtered(filter)), 1, 1, 1);

    assertThat(users.get(0).path("active").asBoolean()).isEqualTo(status.equals("active"));
    assertThat(onlyListingCall())
        .isEqualTo(params("status", status, "sort", "created_at", "offset", "0", "limit", "200"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "division eq \"NO-OSL\"",
      "division eq \"no-osl\"",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division eq \"NO-OSL\"",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:DIVISION eq \"NO-OSL\""})
  void division_eq_is_one_listing_by_the_branch_the_cache_resolves(String filter) {
    stubListing(ada());

    JsonNode users = assertListResponse(gateway.get(filtered(filter)), 1, 1, 1);

    assertThat(users.get(0).path(ENTERPRISE).path("division").asText()).isEqualTo("NO-OSL");
    assertThat(onlyListingCall())
        .isEqualTo(params("branch_id", "br_oslo", "sort", "created_at", "offset", "0", "limit", "200"));
  }

  @Test
  void the_branch_of_a_division_is_looked_up_once_for_many_queries() {
    stubListing(ada());

    gateway.get(filtered("division eq \"NO-OSL\""));
    gateway.get(filtered("division eq \"no-osl\" and active eq true"));

    skovik.verify(1, getRequestedFor(urlPathEqualTo(BRANCHES)));
    assertThat(listingCalls()).hasSize(2);
  }

  @Test
  void an_unknown_division_matches_nobody_without_a_listing() {
    JsonNode users = assertListResponse(gateway.get(filtered(
        "division eq \"XX-NOWHERE\" and userName eq \"ada.lovelace@example.com\"")), 0, 0, 1);

    assertThat(users).isEmpty();
    assertThat(listingCalls()).isEmpty();
    skovik.verify(1, getRequestedFor(urlPathEqualTo(BRANCHES))
        .withQueryParam("external_identifier", equalTo("XX-NOWHERE")));
  }

  @Test
  void an_archived_division_still_lists_its_employees() {
    stubListing(ada().branch("br_closed"));

    JsonNode users = assertListResponse(gateway.get(filtered("division eq \"NO-OLD\"")), 1, 1, 1);

    assertThat(users.get(0).path(ENTERPRISE).path("division").asText()).isEqualTo("NO-OLD");
    assertThat(onlyListingCall()).containsEntry("branch_id", "br_closed");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "manager.value eq \"emp_grace\"",
      "manager eq \"emp_grace\"",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"emp_grace\"",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager eq \"emp_grace\""})
  void manager_eq_is_one_listing_by_superior(String filter) {
    stubListing(ada());

    assertListResponse(gateway.get(filtered(filter)), 1, 1, 1);

    assertThat(onlyListingCall())
        .isEqualTo(params("superior_id", "emp_grace", "sort", "created_at", "offset", "0", "limit", "200"));
  }

  @Test
  void last_modified_gt_is_updated_after_exactly() {
    stubListing(ada());

    assertListResponse(gateway.get(filtered("meta.lastModified gt \"2026-12-01T09:00:00+01:00\"")), 1, 1, 1);

    assertThat(onlyListingCall()).isEqualTo(params("updated_after", "2026-12-01T08:00:00Z",
        "sort", "created_at", "offset", "0", "limit", "200"));
  }

  @Test
  void last_modified_ge_asks_a_millisecond_earlier_and_drops_what_is_earlier_than_asked() {
    // Skovik may keep finer timestamps than milliseconds: the one at .4555 is after the
    // parameter but before the filter's instant, so the gateway drops it.
    EmployeeJson justBefore = grace().updatedAt("2026-12-01T10:00:00.4555Z");
    EmployeeJson exactly = ada().updatedAt("2026-12-01T10:00:00.456Z");
    stubListing(justBefore, exactly);

    JsonNode users = assertListResponse(gateway.get(filtered(
        "meta.lastModified ge \"2026-12-01T10:00:00.456Z\"")), 1, 1, 1);

    assertThat(ids(users)).containsExactly("emp_ada");
    assertThat(onlyListingCall()).isEqualTo(params("updated_after", "2026-12-01T10:00:00.455Z",
        "sort", "created_at", "offset", "0", "limit", "200"));
  }

  @Test
  void created_gt_and_ge_are_created_after() {
    stubListing(ada());

    gateway.get(filtered("meta.created gt \"2026-11-30T08:15:02.123Z\""));
    gateway.get(filtered("meta.created ge \"2026-11-30T08:15:02.123Z\""));

    assertThat(listingCalls()).containsExactly(
        params("created_after", "2026-11-30T08:15:02.123Z", "sort", "created_at", "offset", "0", "limit", "200"),
        params("created_after", "2026-11-30T08:15:02.122Z", "sort", "created_at", "offset", "0", "limit", "200"));
  }

  @Test
  void every_pushdown_joined_by_and_is_one_listing() {
    stubListing(ada().externalId("ext-1").superior("emp_grace"));
    stubIdsLookup("emp_grace", grace());

    assertListResponse(gateway.get(filtered("userName eq \"ada.lovelace@example.com\""
        + " and externalId eq \"ext-1\" and id eq \"emp_ada\" and active eq true"
        + " and urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division eq \"NO-OSL\""
        + " and manager.value eq \"emp_grace\" and meta.lastModified gt \"2026-01-01T00:00:00Z\""
        + " and meta.created gt \"2025-01-01T00:00:00Z\"")), 1, 1, 1);

    assertThat(listingCalls()).containsExactly(
        params("email", "ada.lovelace@example.com", "external_id", "ext-1", "ids", "emp_ada",
            "status", "active", "branch_id", "br_oslo", "superior_id", "emp_grace",
            "updated_after", "2026-01-01T00:00:00Z", "created_after", "2025-01-01T00:00:00Z",
            "sort", "created_at", "offset", "0", "limit", "200"),
        // The manager's name for the page, as every page gets it.
        params("ids", "emp_grace", "offset", "0", "limit", "200"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id eq \"emp_ada\" and manager eq \"emp_grace\"",
      "manager eq \"emp_grace\" and id eq \"emp_ada\""})
  void entras_reference_check_is_one_listing_in_either_clause_order(String filter) {
    stubListing();

    assertListResponse(gateway.get(filtered(filter)), 0, 0, 1);

    assertThat(onlyListingCall()).isEqualTo(params("ids", "emp_ada", "superior_id", "emp_grace",
        "sort", "created_at", "offset", "0", "limit", "200"));
  }

  @Test
  void a_page_of_everyone_is_one_listing_with_the_offset_and_limit_asked_for() {
    stubListing(ada(), grace());

    assertListResponse(gateway.get(USERS + "?startIndex=21&count=10"), 2, 2, 21);

    assertThat(onlyListingCall())
        .isEqualTo(params("sort", "created_at", "offset", "20", "limit", "10"));
  }

  @Test
  void a_lookup_that_finds_nobody_is_200_with_no_resources() {
    stubListing();

    JsonNode users = assertListResponse(gateway.get(filtered("userName eq \"nobody@example.com\"")), 0, 0, 1);

    assertThat(users).isEmpty();
    assertThat(listingCalls()).hasSize(1);
  }
}
