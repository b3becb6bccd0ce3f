package com.skovik.scim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.emulator.Employee;
import com.skovik.scim.emulator.EmployeeStatus;
import com.skovik.scim.support.EmulatorGatewayTest;
import com.skovik.scim.support.ScimResponse;
import io.vertx.core.http.HttpMethod;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Microsoft Entra ID's provisioning cycle, request by request as Entra sends it
 * ({@code shared/reference/idp-clients.md} §1.2–1.4): test connection, query-then-create,
 * updates in both PATCH dialects, the manager linked in a second pass, disable, a refused
 * re-enable, hard delete and provisioning the same person again.
 */
class EntraProvisioningSequenceTest extends EmulatorGatewayTest {

  @Test
  void test_connection_probe_without_a_content_type_answers_an_empty_list_response() {
    String randomGuid = UUID.randomUUID().toString();

    ScimResponse probe = gateway.get(USERS + "?filter=userName+eq+%22" + randomGuid + "%22");

    assertThat(assertListResponse(probe, 0)).isEmpty();
    assertThat(probe.json().path("startIndex").asInt()).isEqualTo(1);
    assertThat(probe.json().path("itemsPerPage").asInt()).isZero();
  }

  @Test
  void entra_provisions_updates_links_disables_deletes_and_provisions_again() {
    String userName = uniqueEmail("test.user");
    String externalId = UUID.randomUUID().toString();

    // 1. Query by the matching attribute: nobody yet.
    assertThat(assertListResponse(gateway.get(usersFiltered("userName eq \"" + userName + "\"")), 0))
        .isEmpty();

    // 2. Create, with Entra's literal body and content type.
    ScimResponse created = gateway.send(HttpMethod.POST, USERS,
        entraCreate(userName, externalId, "givenName", "familyName"),
        headers("Content-Type", "application/scim+json; charset=utf-8"));
    JsonNode user = assertUser(created, 201);
    String id = user.path("id").asText();
    assertThat(user.path("userName").asText()).isEqualTo(userName);
    assertThat(user.path("externalId").asText()).isEqualTo(externalId);
    assertThat(user.path("active").asBoolean()).isTrue();
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("givenName");
    assertThat(user.path("emails").get(0).path("value").asText())
        .as("emails are derived from userName; Entra's own emails are ignored").isEqualTo(userName);
    assertThat(user.has("roles")).isFalse();
    assertThat(user.path("meta").path("resourceType").asText()).isEqualTo("User");
    Employee stored = employee(id);
    assertThat(stored.email()).isEqualTo(userName);
    assertThat(stored.externalId()).isEqualTo(externalId);
    assertThat(stored.firstName()).isEqualTo("givenName");
    assertThat(stored.lastName()).isEqualTo("familyName");
    assertThat(stored.branchId()).as("no division: the default branch").isEqualTo(OSLO);
    assertThat(stored.status()).isEqualTo(EmployeeStatus.ACTIVE);

    // 3. The next cycle's query finds it, by userName and by externalId.
    JsonNode found = assertListResponse(gateway.get(
        USERS + "?filter=userName+eq+%22" + userName.replace("@", "%40") + "%22"), 1);
    assertThat(found.get(0).path("id").asText()).isEqualTo(id);
    assertThat(assertListResponse(gateway.get(
        USERS + "?filter=externalId+eq+%22" + externalId + "%22"), 1).get(0).path("id").asText())
        .isEqualTo(id);

    // 4. Default-dialect update: capitalised ops, Add and Replace mixed, the work email ignored.
    ScimResponse updated = gateway.patch(user(id), fixture("entra/update-default-dialect.json",
        Map.of("givenName", "Bar", "familyName", "Foo2")));
    user = assertUser(updated, 200);
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Bar");
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("Foo2");
    assertThat(user.path("displayName").asText()).isEqualTo("Bar Foo2");
    assertThat(user.path("emails").get(0).path("value").asText()).isEqualTo(userName);
    stored = employee(id);
    assertThat(stored.firstName()).isEqualTo("Bar");
    assertThat(stored.lastName()).isEqualTo("Foo2");
    assertThat(stored.email()).as("a work-email PATCH does not touch the login").isEqualTo(userName);

    // 5. userName changes: the email changes, the id stays.
    String renamed = uniqueEmail("renamed.user");
    user = assertUser(gateway.patch(user(id), fixture("entra/replace-userName.json",
        Map.of("userName", renamed))), 200);
    assertThat(user.path("id").asText()).isEqualTo(id);
    assertThat(user.path("userName").asText()).isEqualTo(renamed);
    assertThat(employee(id).email()).isEqualTo(renamed);
    userName = renamed;

    // 6. aadOptscim062020 dialect: one path-less replace keyed by dotted and URN paths.
    user = assertUser(gateway.patch(user(id), fixture("entra/update-aadOptscim062020.json",
        Map.of("givenName", "Kkom", "familyName", "Unua", "division", "SE-STO",
            "costCenter", "CC-7"))), 200);
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Kkom");
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("Unua");
    assertThat(user.path("displayName").asText()).as("displayName is derived").isEqualTo("Kkom Unua");
    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("SE-STO");
    assertThat(user.path(ENTERPRISE).has("employeeNumber")).isFalse();
    assertThat(user.path(SKOVIK).path("custom_field1").asText()).isEqualTo("CC-7");
    stored = employee(id);
    assertThat(stored.firstName()).isEqualTo("Kkom");
    assertThat(stored.lastName()).isEqualTo("Unua");
    assertThat(stored.branchId()).isEqualTo(STOCKHOLM);
    assertThat(stored.customFields()).containsEntry(CF_COST_CENTER, "CC-7");
    assertThat(stored.email()).isEqualTo(userName);

    // 7. Reference pass: the manager, created first, is linked in a second PATCH — a bare id
    //    string on the URN path, then a change as {"value": …}.
    String firstManager = createdId(entraCreate(uniqueEmail("boss.one"), UUID.randomUUID().toString(),
        "Bo", "Boss"));
    String secondManager = createdId(entraCreate(uniqueEmail("boss.two"), UUID.randomUUID().toString(),
        "Kari", "Chief"));
    user = assertUser(gateway.patch(user(id), fixture("entra/link-manager-as-string.json",
        Map.of("managerId", firstManager))), 200);
    JsonNode manager = user.path(ENTERPRISE).path("manager");
    assertThat(manager.isObject()).as("manager is answered as an object, never Entra's string").isTrue();
    assertThat(manager.path("value").asText()).isEqualTo(firstManager);
    assertThat(manager.path("$ref").asText()).endsWith(USERS + "/" + firstManager);
    assertThat(manager.path("displayName").asText()).isEqualTo("Bo Boss");
    assertThat(employee(id).superiorId()).isEqualTo(firstManager);

    user = assertUser(gateway.patch(user(id), fixture("entra/change-manager-as-object.json",
        Map.of("managerId", secondManager))), 200);
    assertThat(user.path(ENTERPRISE).path("manager").path("value").asText()).isEqualTo(secondManager);
    assertThat(user.path(ENTERPRISE).path("manager").path("displayName").asText()).isEqualTo("Kari Chief");
    assertThat(employee(id).superiorId()).isEqualTo(secondManager);

    // 8. Entra's reference check, in both clause orders.
    assertThat(assertListResponse(gateway.get(usersFiltered(
        "id eq \"" + id + "\" and manager eq \"" + secondManager + "\"")), 1).get(0).path("id").asText())
        .isEqualTo(id);
    assertThat(assertListResponse(gateway.get(usersFiltered(
        "manager eq \"" + secondManager + "\" and id eq \"" + id + "\"")), 1).get(0).path("id").asText())
        .isEqualTo(id);
    assertListResponse(gateway.get(usersFiltered(
        "id eq \"" + id + "\" and manager eq \"" + firstManager + "\"")), 0);

    // 9. Disable (soft delete), with the default dialect's string "False": archived in Skovik.
    int versionBeforeDisable = employee(id).version();
    user = assertUser(gateway.patch(user(id), fixture("entra/disable.json")), 200);
    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(user.path("active").isBoolean()).as("booleans are answered as JSON booleans").isTrue();
    assertThat(employee(id).status()).isEqualTo(EmployeeStatus.ARCHIVED);
    assertThat(employee(id).version()).isEqualTo(versionBeforeDisable + 1);

    //    Repeating the disable is a no-op 200.
    user = assertUser(gateway.patch(user(id), fixture("entra/disable.json")), 200);
    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(employee(id).version()).isEqualTo(versionBeforeDisable + 1);

    // 10. Re-enable ("True") is refused: archiving is permanent in Skovik.
    String detail = assertScimError(gateway.patch(user(id), fixture("entra/reactivate.json")),
        400, "mutability");
    assertThat(detail).containsIgnoringCase("permanent").contains("delete");
    assertThat(employee(id).status()).isEqualTo(EmployeeStatus.ARCHIVED);

    // 11. The disabled user is still readable, and still found by the matching query.
    user = assertUser(gateway.get(user(id)), 200);
    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(user.path("userName").asText()).isEqualTo(userName);
    JsonNode stillFound = assertListResponse(gateway.get(usersFiltered("userName eq \"" + userName + "\"")), 1);
    assertThat(stillFound.get(0).path("active").asBoolean()).isFalse();

    // 12. Hard delete: 204, then 404 and gone from Skovik.
    ScimResponse deleted = gateway.delete(user(id));
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.rawBody()).isEmpty();
    assertScimError(gateway.get(user(id)), 404, null);
    assertThat(findEmployee(id)).isEmpty();
    assertListResponse(gateway.get(usersFiltered("userName eq \"" + userName + "\"")), 0);

    // 13. The same person is provisioned again with the same email: a new user.
    ScimResponse recreated = gateway.send(HttpMethod.POST, USERS,
        entraCreate(userName, externalId, "Kkom", "Unua"),
        headers("Content-Type", "application/scim+json; charset=utf-8"));
    JsonNode again = assertUser(recreated, 201);
    assertThat(again.path("id").asText()).isNotEqualTo(id);
    assertThat(again.path("active").asBoolean()).isTrue();
    assertThat(employee(again.path("id").asText()).email()).isEqualTo(userName);
  }

  @Test
  void a_second_create_of_the_same_user_answers_409_with_a_detail() {
    String userName = uniqueEmail("twice");
    createdId(entraCreate(userName, UUID.randomUUID().toString(), "Ada", "Twice"));

    String detail = assertScimError(gateway.post(USERS,
        entraCreate(userName.toUpperCase(), UUID.randomUUID().toString(), "Ada", "Twice")), 409, "uniqueness");

    assertThat(detail).contains("userName");
    assertThat(employees()).filteredOn(e -> e.email().equalsIgnoreCase(userName)).hasSize(1);
  }

  @Test
  void unknown_user_answers_a_scim_404() {
    assertScimError(gateway.get(user("5171a35d82074e068ce2")), 404, null);
    assertScimError(gateway.patch(user("5171a35d82074e068ce2"), fixture("entra/disable.json")), 404, null);
    assertThat(gateway.delete(user("5171a35d82074e068ce2")).status()).isEqualTo(404);
  }

  @Test
  void the_legacy_create_with_explicit_nulls_and_a_misspelled_schema_is_accepted() {
    String userName = uniqueEmail("jyoung");

    JsonNode user = assertUser(gateway.post(USERS, fixture("entra/create-legacy-example-2.json",
        Map.of("userName", userName))), 201);

    assertThat(user.path("displayName").asText()).as("derived, not Entra's").isEqualTo("Joy Young");
    assertThat(user.path(ENTERPRISE).has("manager")).isFalse();
    Employee stored = employee(user.path("id").asText());
    assertThat(stored.externalId()).isEqualTo("jyoung");
    assertThat(stored.superiorId()).isNull();
  }

  @Test
  void a_manager_sent_as_a_bare_string_in_the_create_body_is_linked() {
    String managerId = seedEmployee(uniqueEmail("boss"), "Bo", "Boss").id();

    JsonNode user = assertUser(gateway.post(USERS, fixture("entra/create-with-manager-as-string.json",
        Map.of("userName", uniqueEmail("sam"), "managerId", managerId))), 201);

    assertThat(user.path(ENTERPRISE).path("manager").path("value").asText()).isEqualTo(managerId);
    assertThat(user.path(ENTERPRISE).path("manager").path("displayName").asText()).isEqualTo("Bo Boss");
    assertThat(employee(user.path("id").asText()).superiorId()).isEqualTo(managerId);
  }

  @Test
  void the_manager_is_removed_with_an_empty_string_and_with_a_value_filter() {
    String managerId = seedEmployee(uniqueEmail("boss"), "Bo", "Boss").id();
    String id = seedEmployee(uniqueEmail("sam"), "Sam", "Subordinate").id();
    Map<String, String> manager = Map.of("managerId", managerId);

    assertUser(gateway.patch(user(id), fixture("entra/link-manager-as-string.json", manager)), 200);
    JsonNode cleared = assertUser(gateway.patch(user(id), fixture("entra/remove-manager-with-empty-string.json")), 200);
    assertThat(cleared.path(ENTERPRISE).has("manager")).isFalse();
    assertThat(employee(id).superiorId()).isNull();

    assertUser(gateway.patch(user(id), fixture("entra/link-manager-as-string.json", manager)), 200);
    cleared = assertUser(gateway.patch(user(id), fixture("entra/remove-manager-with-value-filter.json", manager)), 200);
    assertThat(cleared.path(ENTERPRISE).has("manager")).isFalse();
    assertThat(employee(id).superiorId()).isNull();
  }

  @Test
  void a_manager_that_is_unknown_elsewhere_or_makes_a_cycle_is_refused() {
    String bossId = seedEmployee(uniqueEmail("boss"), "Bo", "Boss").id();
    String id = seedEmployee(uniqueEmail("sam"), "Sam", "Subordinate").id();
    assertUser(gateway.patch(user(id), fixture("entra/link-manager-as-string.json", Map.of("managerId", bossId))), 200);
    Employee before = employee(bossId);

    String cycle = assertScimError(gateway.patch(user(bossId), fixture("entra/link-manager-as-string.json",
        Map.of("managerId", id))), 400, "invalidValue");
    assertThat(cycle).contains("manager");
    String self = assertScimError(gateway.patch(user(bossId), fixture("entra/link-manager-as-string.json",
        Map.of("managerId", bossId))), 400, "invalidValue");
    assertThat(self).contains("manager");
    String unknown = assertScimError(gateway.patch(user(bossId), fixture("entra/link-manager-as-string.json",
        Map.of("managerId", "emp_doesNotExist"))), 400, "invalidValue");
    assertThat(unknown).contains("manager");
    String elsewhere = assertScimError(gateway.patch(user(bossId), fixture("entra/link-manager-as-string.json",
        Map.of("managerId", OTHER_COMPANY_EMPLOYEE))), 400, "invalidValue");
    assertThat(elsewhere).contains("manager");

    assertThat(employee(bossId)).isEqualTo(before);
  }

  @Test
  void an_update_to_a_disabled_user_is_refused_as_mutability() {
    String id = seedEmployee(uniqueEmail("disabled"), "Dis", "Abled").id();
    assertUser(gateway.patch(user(id), fixture("entra/disable.json")), 200);
    Employee archived = employee(id);

    String detail = assertScimError(gateway.patch(user(id), fixture("entra/update-title-and-family-name.json",
        Map.of("familyName", "Changed"))), 400, "mutability");

    assertThat(detail).containsIgnoringCase("archived");
    assertThat(employee(id)).isEqualTo(archived);
  }

  @Test
  void renaming_to_an_address_another_user_holds_answers_409_and_changes_nothing() {
    String taken = uniqueEmail("taken");
    seedEmployee(taken, "Hol", "Der");
    Employee renaming = seedEmployee(uniqueEmail("renaming"), "Re", "Naming");

    assertScimError(gateway.patch(user(renaming.id()), fixture("entra/replace-userName.json",
        Map.of("userName", taken.toUpperCase()))), 409, "uniqueness");

    assertThat(employee(renaming.id())).isEqualTo(renaming);
  }

  @Test
  void an_empty_operations_array_is_a_no_op_200() {
    Employee before = seedEmployee(uniqueEmail("noop"), "No", "Op");

    JsonNode user = assertUser(gateway.patch(user(before.id()), fixture("entra/empty-operations.json")), 200);

    assertThat(user.path("id").asText()).isEqualTo(before.id());
    assertThat(employee(before.id())).isEqualTo(before);
  }

  @Test
  void the_validators_read_back_with_literal_quotes_finds_the_user() {
    String userName = uniqueEmail("dale.mohr");
    String id = seedEmployee(userName, "Dale", "Mohr").id();

    JsonNode found = assertListResponse(gateway.get(
        USERS + "?filter=userName+eq+\"" + userName.replace("@", "%40") + "\""), 1);

    assertThat(found.get(0).path("id").asText()).isEqualTo(id);
  }

  @Test
  void the_work_email_filter_finds_the_user_when_email_is_the_matching_attribute() {
    String userName = uniqueEmail("mail.match");
    String id = seedEmployee(userName, "Mail", "Match").id();

    JsonNode found = assertListResponse(gateway.get(
        usersFiltered("emails[type eq \"work\"].value eq \"" + userName + "\"")), 1);

    assertThat(found.get(0).path("id").asText()).isEqualTo(id);
  }

  private static String entraCreate(String userName, String externalId, String givenName, String familyName) {
    return fixture("entra/create.json", Map.of("userName", userName, "externalId", externalId,
        "givenName", givenName, "familyName", familyName));
  }

  private String createdId(String body) {
    return assertUser(gateway.post(USERS, body), 201).path("id").asText();
  }
}
