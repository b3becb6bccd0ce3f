package com.skovik.scim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.emulator.Employee;
import com.skovik.scim.emulator.EmployeeFields;
import com.skovik.scim.emulator.EmployeeStatus;
import com.skovik.scim.support.EmulatorGatewayTest;
import com.skovik.scim.support.ScimResponse;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Okta's provisioning, as an OIN app in "Header" authentication mode sends it
 * ({@code shared/reference/idp-clients.md} §2.2–2.6): the raw token in {@code Authorization},
 * Okta's headers, existence check then create, GET-then-PUT profile updates, PATCH deactivation,
 * and the SPEC test's probes.
 */
class OktaProvisioningSequenceTest extends EmulatorGatewayTest {

  private static final String OKTA_USER_ID = "00ujl29u0le5T6Aj10h7";

  private String rawToken;

  @BeforeEach
  void oktaSendsTheTokenWithoutAScheme() {
    rawToken = token(IDP, TOKEN_ID);
  }

  @Test
  void okta_checks_creates_updates_with_put_and_deactivates_with_patch() {
    String userName = uniqueEmail("test.user");

    // 1. Existence check, as Okta encodes it, with Okta's paging.
    ScimResponse probe = okta(HttpMethod.GET, existenceCheck(userName), null);
    assertThat(assertListResponse(probe, 0)).isEmpty();
    assertThat(probe.json().path("startIndex").asInt()).isEqualTo(1);

    // 2. Create with Okta's body: password, groups and locale are ignored.
    ScimResponse created = okta(HttpMethod.POST, USERS, oktaCreate(userName));
    JsonNode user = assertUser(created, 201);
    String id = user.path("id").asText();
    assertThat(id).doesNotContain("bulkId");
    assertThat(user.path("userName").asText()).isEqualTo(userName);
    assertThat(user.path("active").asBoolean()).isTrue();
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Test");
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("User");
    assertThat(user.path("emails").get(0).path("value").asText()).isEqualTo(userName);
    assertThat(user.path("externalId").asText()).isEqualTo(OKTA_USER_ID);
    assertThat(user.path("schemas").toString()).contains(CORE);
    assertThat(user.has("password")).isFalse();
    Employee stored = employee(id);
    assertThat(stored.email()).isEqualTo(userName);
    assertThat(stored.externalId()).isEqualTo(OKTA_USER_ID);
    assertThat(stored.branchId()).as("Okta sends no division: the default branch").isEqualTo(OSLO);
    assertThat(stored.status()).isEqualTo(EmployeeStatus.ACTIVE);

    // 3. The existence check finds it now, with the address as sent and upper-cased (SPEC step 9).
    assertThat(assertListResponse(okta(HttpMethod.GET, existenceCheck(userName), null), 1)
        .get(0).path("id").asText()).isEqualTo(id);
    JsonNode upperCased = assertListResponse(
        okta(HttpMethod.GET, existenceCheck(userName.toUpperCase(Locale.ROOT)), null), 1);
    assertThat(upperCased.get(0).path("id").asText()).isEqualTo(id);
    assertThat(upperCased.get(0).path("userName").asText()).as("stored as sent").isEqualTo(userName);

    // 4. The same create again: 409, which stops Okta's job (SPEC step 8).
    String duplicate = assertScimError(okta(HttpMethod.POST, USERS, oktaCreate(userName)), 409, "uniqueness");
    assertThat(duplicate).doesNotContainIgnoringCase("archived");
    assertThat(employees()).filteredOn(e -> e.email().equalsIgnoreCase(userName)).hasSize(1);

    // 5. Profile update: GET, overlay Okta's change, PUT the whole thing back.
    ObjectNode current = (ObjectNode) assertUser(okta(HttpMethod.GET, user(id), null), 200);
    ((ObjectNode) current.path("name")).put("givenName", "Another").put("middleName", "Excited");
    ((ObjectNode) current.path("emails").get(0)).put("display", userName);
    current.putArray("groups");
    int versionBefore = employee(id).version();
    user = assertUser(okta(HttpMethod.PUT, user(id), current.toString()), 200);
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Another");
    assertThat(user.path("name").has("middleName")).as("not kept by Skovik").isFalse();
    assertThat(user.path("displayName").asText()).isEqualTo("Another User");
    stored = employee(id);
    assertThat(stored.firstName()).isEqualTo("Another");
    assertThat(stored.lastName()).isEqualTo("User");
    assertThat(stored.externalId()).isEqualTo(OKTA_USER_ID);
    assertThat(stored.branchId()).isEqualTo(OSLO);
    assertThat(stored.version()).isEqualTo(versionBefore + 1);

    //    The next sync sends the same resource again: nothing changes in Skovik.
    ObjectNode unchanged = (ObjectNode) assertUser(okta(HttpMethod.GET, user(id), null), 200);
    assertUser(okta(HttpMethod.PUT, user(id), unchanged.toString()), 200);
    assertThat(employee(id).version()).as("a PUT that changes nothing writes nothing")
        .isEqualTo(versionBefore + 1);

    // 6. Deactivation (unassignment): Okta's path-less PATCH.
    user = assertUser(okta(HttpMethod.PATCH, user(id), fixture("okta/deactivate.json")), 200);
    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(employee(id).status()).isEqualTo(EmployeeStatus.ARCHIVED);

    //    Deactivated users stay readable (CRUD test) and found by the existence check.
    assertThat(assertUser(okta(HttpMethod.GET, user(id), null), 200).path("active").asBoolean()).isFalse();
    JsonNode stillThere = assertListResponse(okta(HttpMethod.GET, existenceCheck(userName), null), 1);
    assertThat(stillThere.get(0).path("active").asBoolean()).isFalse();

    // 7. Reactivation is refused by design: archiving in Skovik is permanent.
    String refused = assertScimError(okta(HttpMethod.PATCH, user(id), fixture("okta/reactivate.json")),
        400, "mutability");
    assertThat(refused).containsIgnoringCase("permanent");
    assertThat(employee(id).status()).isEqualTo(EmployeeStatus.ARCHIVED);

    // 8. Okta never deletes; provisioning the address again says an archived employee holds it.
    String archivedHolder = assertScimError(okta(HttpMethod.POST, USERS, oktaCreate(userName)),
        409, "uniqueness");
    assertThat(archivedHolder).containsIgnoringCase("archived");
    assertThat(employees()).filteredOn(e -> e.email().equalsIgnoreCase(userName)).hasSize(1);
  }

  @Test
  void a_post_with_the_email_of_an_employee_archived_in_skovik_answers_409_saying_so() {
    Employee archived = seedEmployee("gone.person@example.com", "Gone", "Person");
    store().archiveEmployee(COMPANY, archived.id());

    String detail = assertScimError(okta(HttpMethod.POST, USERS, oktaCreate("Gone.Person@example.com")),
        409, "uniqueness");

    assertThat(detail).containsIgnoringCase("archived").contains(archived.id());
    assertThat(employees()).extracting(Employee::email).containsOnlyOnce("gone.person@example.com");
  }

  @Test
  void test_api_credentials_lists_users_with_count_two() {
    seedEmployee("first@example.com", "First", "Person");
    seedEmployee("second@example.com", "Second", "Person");
    seedEmployee("third@example.com", "Third", "Person");

    JsonNode resources = assertListResponse(okta(HttpMethod.GET, USERS + "?startIndex=1&count=2", null), 3);

    assertThat(resources).hasSize(2);
    assertThat(resources.get(0).path("id").asText()).isNotBlank();
  }

  @Test
  void spec_test_a_request_with_a_bad_token_answers_a_scim_401() {
    ScimResponse refused = gateway.send(HttpMethod.GET, usersFiltered("userName eq \"x@example.com\""),
        null, headers("Authorization", "non-token"));

    assertScimError(refused, 401, null);
  }

  @Test
  void spec_test_an_unknown_id_answers_a_scim_404() {
    assertScimError(okta(HttpMethod.GET, user("00919288221112222"), null), 404, null);
  }

  @Test
  void the_bearer_form_of_the_same_token_works_too() {
    String userName = uniqueEmail("bearer");
    ScimResponse created = gateway.send(HttpMethod.POST, USERS, oktaCreate(userName),
        headers("Authorization", "Bearer " + rawToken, "Content-Type", "application/json"));

    assertUser(created, 201);
  }

  @Test
  void putting_back_the_users_own_get_writes_nothing_whatever_it_holds() {
    String managerId = seedEmployee(uniqueEmail("boss"), "Bo", "Boss").id();
    Employee full = store().addEmployee(COMPANY, new EmployeeFields(uniqueEmail("full"), "Ful", "Ly",
        STOCKHOLM, managerId, "okta-ext-1", Map.of(CF_COST_CENTER, "CC-1", CF_WEEKLY_HOURS, 37.5,
            CF_REMOTE, true, CF_START_DATE, "2026-01-15", CF_LEVEL, "lead")));

    JsonNode current = assertUser(okta(HttpMethod.GET, user(full.id()), null), 200);
    assertThat(current.path(ENTERPRISE).path("manager").path("displayName").asText()).isEqualTo("Bo Boss");
    JsonNode answered = assertUser(okta(HttpMethod.PUT, user(full.id()), current.toString()), 200);

    assertThat(employee(full.id())).isEqualTo(full);
    assertThat(answered.path(SKOVIK)).isEqualTo(current.path(SKOVIK));
    assertThat(answered.path(ENTERPRISE)).isEqualTo(current.path(ENTERPRISE));
  }

  @Test
  void a_profile_update_of_a_user_whose_branch_was_archived_meanwhile_still_succeeds() {
    Employee placed = store().addEmployee(COMPANY, EmployeeFields.of(uniqueEmail("placed"), "Pla", "Ced", STOCKHOLM));
    store().archiveBranch(COMPANY, STOCKHOLM);

    ObjectNode current = (ObjectNode) assertUser(okta(HttpMethod.GET, user(placed.id()), null), 200);
    ((ObjectNode) current.path("name")).put("givenName", "Placid");
    JsonNode answered = assertUser(okta(HttpMethod.PUT, user(placed.id()), current.toString()), 200);

    assertThat(answered.path(ENTERPRISE).path("division").asText()).isEqualTo("SE-STO");
    assertThat(employee(placed.id()).firstName()).isEqualTo("Placid");
    assertThat(employee(placed.id()).branchId()).isEqualTo(STOCKHOLM);
  }

  @Test
  void an_aiw_app_deactivates_with_a_put_of_active_false_and_may_repeat_it() {
    String userName = uniqueEmail("aiw");
    String id = assertUser(okta(HttpMethod.POST, USERS, oktaCreate(userName)), 201).path("id").asText();
    String deactivation = fixture("okta/aiw-deactivate-put.json", Map.of("id", id, "userName", userName));

    JsonNode user = assertUser(okta(HttpMethod.PUT, user(id), deactivation), 200);
    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(employee(id).status()).isEqualTo(EmployeeStatus.ARCHIVED);
    int version = employee(id).version();

    user = assertUser(okta(HttpMethod.PUT, user(id), deactivation), 200);
    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(employee(id).version()).isEqualTo(version);
  }

  /** A request with the headers Okta's SCIM client sends (§2.2), the token raw. */
  private ScimResponse okta(HttpMethod method, String path, String body) {
    MultiMap headers = headers(
        "Authorization", rawToken,
        "User-Agent", "Okta SCIM Client 1.0.0",
        "Accept", "application/scim+json",
        "Accept-Charset", "utf-8");
    if (body != null) {
      headers.add("Content-Type", "application/scim+json; charset=utf-8");
    }
    return gateway.send(method, path, body, headers);
  }

  private static String existenceCheck(String userName) {
    return usersFiltered("userName eq \"" + userName + "\"") + "&startIndex=1&count=100";
  }

  private static String oktaCreate(String userName) {
    return fixture("okta/create.json", Map.of("userName", userName, "externalId", OKTA_USER_ID));
  }
}
