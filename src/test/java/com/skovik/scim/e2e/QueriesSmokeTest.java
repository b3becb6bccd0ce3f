package com.skovik.scim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.emulator.Employee;
import com.skovik.scim.emulator.EmployeeFields;
import com.skovik.scim.support.EmulatorGatewayTest;
import com.skovik.scim.support.ScimResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A smoke test of queries against the emulator (the detailed query suite lives elsewhere):
 * paging through everyone as Okta's import and Microsoft's pagination test do, the lookups
 * identity providers make, and {@code POST /Users/.search}.
 */
class QueriesSmokeTest extends EmulatorGatewayTest {

  private static final int USERS_IN_COMPANY = 30;

  private final List<Employee> seeded = new ArrayList<>();

  @BeforeEach
  void thirtyEmployees() {
    for (int i = 1; i <= USERS_IN_COMPANY; i++) {
      seeded.add(store().addEmployee(COMPANY, new EmployeeFields("person%02d@example.com".formatted(i),
          "Person", "Number" + i, i % 2 == 0 ? OSLO : STOCKHOLM, null, "ext-" + i, Map.of())));
    }
  }

  @Test
  void paging_with_start_index_and_count_visits_everyone_once() {
    Set<String> visited = new HashSet<>();
    for (int startIndex = 1; startIndex <= USERS_IN_COMPANY; startIndex += 7) {
      ScimResponse answer = gateway.get(USERS + "?startIndex=" + startIndex + "&count=7");
      JsonNode resources = assertListResponse(answer, USERS_IN_COMPANY);
      JsonNode page = answer.json();
      assertThat(page.path("startIndex").asInt()).isEqualTo(startIndex);
      int expected = Math.min(7, USERS_IN_COMPANY - startIndex + 1);
      assertThat(page.path("itemsPerPage").asInt()).isEqualTo(expected);
      assertThat(resources).hasSize(expected);
      resources.forEach(user ->
          assertThat(visited.add(user.path("id").asText())).as("seen once: %s", user.path("id")).isTrue());
    }

    assertThat(visited).containsExactlyInAnyOrderElementsOf(seeded.stream().map(Employee::id).toList());
    assertThat(visited).doesNotContain(OTHER_COMPANY_EMPLOYEE);
  }

  @Test
  void the_same_window_answers_the_same_users_in_the_same_order() {
    JsonNode first = assertListResponse(gateway.get(USERS + "?startIndex=11&count=10"), USERS_IN_COMPANY);
    JsonNode again = assertListResponse(gateway.get(USERS + "?startIndex=11&count=10"), USERS_IN_COMPANY);

    assertThat(again.findValuesAsText("id")).isEqualTo(first.findValuesAsText("id"));
  }

  @Test
  void a_start_index_past_the_end_answers_an_empty_page_with_the_total() {
    JsonNode resources = assertListResponse(gateway.get(USERS + "?startIndex=31&count=10"), USERS_IN_COMPANY);

    assertThat(resources).isEmpty();
  }

  @Test
  void count_zero_answers_only_the_total() {
    JsonNode resources = assertListResponse(gateway.get(USERS + "?count=0"), USERS_IN_COMPANY);

    assertThat(resources).isEmpty();
  }

  @Test
  void external_id_eq_finds_exactly_that_user_and_is_case_exact() {
    JsonNode resources = assertListResponse(gateway.get(usersFiltered("externalId eq \"ext-17\"")), 1);

    assertThat(resources.get(0).path("id").asText()).isEqualTo(seeded.get(16).id());
    assertThat(resources.get(0).path("externalId").asText()).isEqualTo("ext-17");
    assertListResponse(gateway.get(usersFiltered("externalId eq \"EXT-17\"")), 0);
  }

  @Test
  void post_search_answers_like_get() {
    JsonNode resources = assertListResponse(gateway.post(USERS + "/.search", """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
         "filter":"%s:division eq \\"NO-OSL\\" and name.familyName sw \\"Number1\\"",
         "startIndex":1,"count":100,"attributes":["userName"]}
        """.formatted(ENTERPRISE)), 5);

    assertThat(resources.findValuesAsText("userName")).containsExactlyInAnyOrder(
        "person10@example.com", "person12@example.com", "person14@example.com",
        "person16@example.com", "person18@example.com");
    assertThat(resources.get(0).has("name")).as("projected to userName").isFalse();
    assertThat(resources.get(0).has("id")).as("id is always returned").isTrue();
  }

  @Test
  void user_name_eq_does_not_see_another_companys_employee() {
    assertListResponse(gateway.get(usersFiltered("userName eq \"someone@elsewhere.example\"")), 0);
    assertScimError(gateway.get(user(OTHER_COMPANY_EMPLOYEE)), 404, null);
  }
}
