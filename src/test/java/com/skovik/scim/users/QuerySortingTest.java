package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.support.EmployeeJson;
import com.skovik.scim.support.ScimErrors;
import com.skovik.scim.support.ScimResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code sortBy} and {@code sortOrder} (RFC 7644 §3.4.2.3): Skovik sorts by userName, the name
 * parts and the timestamps; the gateway sorts by anything else while it streams, with ties
 * broken by id and users without a value last when ascending, first when descending.
 */
class QuerySortingTest extends QueryGatewayTest {

  @ParameterizedTest(name = "sortBy={0}&sortOrder={1} → sort={2}")
  @CsvSource({
      "userName,          ascending,  email",
      "userName,          descending, -email",
      "USERNAME,          DESCENDING, -email",
      "urn:ietf:params:scim:schemas:core:2.0:User:userName, ascending, email",
      "name.givenName,    ascending,  first_name",
      "name.givenName,    descending, -first_name",
      "name.familyName,   ascending,  last_name",
      "name.familyName,   descending, -last_name",
      "meta.created,      ascending,  created_at",
      "meta.created,      descending, -created_at",
      "meta.lastModified, ascending,  updated_at",
      "meta.lastModified, descending, -updated_at"})
  void skovik_sorts_what_it_can(String sortBy, String sortOrder, String sort) {
    stubListing(ada(), grace());

    assertListResponse(gateway.get(USERS + "?sortBy=" + encode(sortBy) + "&sortOrder=" + sortOrder), 2, 2, 1);

    assertThat(onlyListingCall()).isEqualTo(params("sort", sort, "offset", "0", "limit", "200"));
  }

  @Test
  void sort_order_defaults_to_ascending() {
    stubListing(ada());

    gateway.get(USERS + "?sortBy=name.familyName");

    assertThat(onlyListingCall()).containsEntry("sort", "last_name");
  }

  @Test
  void a_pushed_sort_keeps_skovik_order_under_a_gateway_filter() {
    stubListing(grace(), ada());

    JsonNode users = assertListResponse(gateway.get(filtered("userName co \"@example.com\"")
        + "&sortBy=userName&sortOrder=descending"), 2, 2, 1);

    assertThat(ids(users)).as("in the order Skovik answered").containsExactly("emp_grace", "emp_ada");
    assertThat(onlyListingCall()).isEqualTo(params("sort", "-email", "offset", "0", "limit", "200"));
  }

  @Test
  void the_gateway_sorts_by_external_id_ascending_with_ties_by_id_and_missing_values_last() {
    stubListing(employee("emp_4", "b"), employee("emp_1", null), employee("emp_3", "a"),
        employee("emp_2", "b"), employee("emp_0", null), employee("emp_5", "B"));

    JsonNode users = assertListResponse(gateway.get(USERS + "?sortBy=externalId"), 6, 6, 1);

    // externalId is case-exact: "B" sorts before "a".
    assertThat(ids(users)).containsExactly("emp_5", "emp_3", "emp_2", "emp_4", "emp_0", "emp_1");
    assertThat(onlyListingCall()).as("Skovik pages in its default order")
        .isEqualTo(params("sort", "created_at", "offset", "0", "limit", "200"));
  }

  @Test
  void the_gateway_sorts_by_external_id_descending_with_missing_values_first() {
    stubListing(employee("emp_4", "b"), employee("emp_1", null), employee("emp_3", "a"),
        employee("emp_2", "b"), employee("emp_0", null), employee("emp_5", "B"));

    JsonNode users = assertListResponse(gateway.get(USERS + "?sortBy=externalId&sortOrder=descending"), 6, 6, 1);

    assertThat(ids(users)).containsExactly("emp_0", "emp_1", "emp_2", "emp_4", "emp_3", "emp_5");
  }

  @Test
  void the_gateway_sorts_by_division_both_ways() {
    stubListing(ada(), grace().branch("br_bergen"), EmployeeJson.employee("emp_zed").branch("br_closed"),
        EmployeeJson.employee("emp_amy").branch("br_bergen"));
    String byDivision = USERS + "?sortBy=" + encode(ENTERPRISE + ":division");

    JsonNode ascending = assertListResponse(gateway.get(byDivision), 4, 4, 1);
    JsonNode descending = assertListResponse(gateway.get(byDivision + "&sortOrder=descending"), 4, 4, 1);

    // NO-BGO < NO-OLD < NO-OSL; Amy and Grace tie in Bergen, by id.
    assertThat(ids(ascending)).containsExactly("emp_amy", "emp_grace", "emp_zed", "emp_ada");
    assertThat(ids(descending)).containsExactly("emp_ada", "emp_zed", "emp_amy", "emp_grace");
  }

  @Test
  void a_string_that_is_not_case_exact_sorts_without_regard_to_case() {
    stubListing(ada().firstName("bob").lastName("Zed"), grace().firstName("Alice").lastName("Ames"),
        EmployeeJson.employee("emp_c").firstName("BOB").lastName("Able"));

    JsonNode users = assertListResponse(gateway.get(USERS + "?sortBy=displayName"), 3, 3, 1);

    // "alice ames" < "bob able" < "bob zed"
    assertThat(ids(users)).containsExactly("emp_grace", "emp_c", "emp_ada");
  }

  @Test
  void a_custom_field_sorts_in_the_gateway() {
    stubListing(ada().customField("cf_cost_center", "4410"), grace().customField("cf_cost_center", "1200"),
        EmployeeJson.employee("emp_none"));

    JsonNode users = assertListResponse(gateway.get(USERS + "?sortBy=" + encode(SKOVIK + ":custom_field1")), 3, 3, 1);

    assertThat(ids(users)).containsExactly("emp_grace", "emp_ada", "emp_none");
  }

  @Test
  void a_gateway_sorted_page_is_the_window_of_the_whole_sorted_list() {
    EmployeeJson[] page1 = numbered(0, 200);
    EmployeeJson[] page2 = numbered(200, 50);
    // External ids that sort in the reverse of the creation order.
    for (int i = 0; i < page1.length; i++) {
      page1[i] = page1[i].externalId(String.format("x%04d", 999 - i));
    }
    for (int i = 0; i < page2.length; i++) {
      page2[i] = page2[i].externalId(String.format("x%04d", 799 - i));
    }
    stubListingPage(0, 250, page1);
    stubListingPage(200, 250, page2);

    JsonNode users = assertListResponse(gateway.get(USERS + "?sortBy=externalId&startIndex=3&count=4"), 250, 4, 3);

    assertThat(ids(users)).containsExactly("emp_0247", "emp_0246", "emp_0245", "emp_0244");
    assertThat(listingCalls()).hasSize(2);
  }

  @Test
  void sorting_by_the_managers_name_fetches_the_names_while_scanning() {
    stubListing(ada().superior("emp_zoe"), grace().superior("emp_al"), EmployeeJson.employee("emp_lone"));
    EmployeeJson zoe = EmployeeJson.employee("emp_zoe").firstName("Zoe").lastName("Zed");
    EmployeeJson al = EmployeeJson.employee("emp_al").firstName("Al").lastName("Able");
    stubIdsLookup("emp_zoe,emp_al", zoe, al);
    stubIdsLookup("emp_al,emp_zoe", al, zoe);

    JsonNode users = assertListResponse(gateway.get(USERS + "?sortBy=manager.displayName"), 3, 3, 1);

    assertThat(ids(users)).containsExactly("emp_grace", "emp_ada", "emp_lone");
    assertThat(users.get(0).path(ENTERPRISE).path("manager").path("displayName").asText()).isEqualTo("Al Able");
    // One call for the names while scanning the one page, one for the page answered.
    assertThat(listingCalls()).hasSize(3);
  }

  @Test
  void post_search_sorts_the_same() {
    stubListing(ada(), grace());

    gateway.post(USERS + "/.search", json("{'sortBy': 'name.givenName', 'sortOrder': 'descending'}"));

    assertThat(onlyListingCall()).containsEntry("sort", "-first_name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nickName", "name", "meta", "userName.value",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:userName"})
  void an_attribute_users_cannot_be_sorted_by_is_400_before_any_call(String sortBy) {
    ScimResponse response = gateway.get(USERS + "?sortBy=" + encode(sortBy));

    assertScimError(response, 400, null);
    assertThat(ScimErrors.detailOf(response)).contains("sortBy");
    assertThat(listingCalls()).isEmpty();
  }

  @Test
  void an_unknown_sort_order_is_400() {
    assertScimError(gateway.get(USERS + "?sortBy=userName&sortOrder=up"), 400, null);
  }

  private static EmployeeJson employee(String id, String externalId) {
    return EmployeeJson.employee(id).externalId(externalId);
  }
}
