package com.skovik.scim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.emulator.Employee;
import com.skovik.scim.emulator.EmployeeStatus;
import com.skovik.scim.support.EmulatorGatewayTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that updates with PUT only, sending the filled-in template of the attributes it maps
 * (OneLogin, PingFederate, Okta AIW apps — {@code shared/reference/idp-clients.md} §4, §6):
 * attributes present replace, {@code null} or {@code ""} clear, absent ones are left as Skovik
 * has them, and an absent {@code active} never deactivates.
 */
class PutOnlyClientTest extends EmulatorGatewayTest {

  private String managerId;
  private String userName;
  private String id;

  @BeforeEach
  void aUserWithEverythingSkovikKeeps() {
    managerId = seedEmployee(uniqueEmail("bo.boss"), "Bo", "Boss").id();
    userName = uniqueEmail("ann.berg");
    JsonNode created = assertUser(gateway.post(USERS, fixture("put-only/create.json", values(
        "externalId", "onelogin-4711", "givenName", "Ann", "familyName", "Berg"))), 201);
    id = created.path("id").asText();
    Employee stored = employee(id);
    assertThat(stored.superiorId()).isEqualTo(managerId);
    assertThat(stored.customFields()).hasSize(5);
    assertThat(stored.externalId()).isEqualTo("onelogin-4711");
  }

  @Test
  void a_put_of_only_the_mapped_attributes_leaves_the_others_as_they_are() {
    Employee before = employee(id);

    JsonNode user = assertUser(gateway.put(user(id), fixture("put-only/put-mapped-attributes-only.json",
        values("givenName", "Anna", "familyName", "Berg-Lund", "division", "SE-STO"))), 200);

    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Anna");
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("Berg-Lund");
    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("SE-STO");
    assertThat(user.path(ENTERPRISE).path("manager").path("value").asText()).isEqualTo(managerId);
    assertThat(user.path(SKOVIK).path("custom_field1").asText()).isEqualTo("CC-4410");
    assertThat(user.path("externalId").asText()).isEqualTo("onelogin-4711");
    assertThat(user.path("active").asBoolean()).isTrue();
    Employee after = employee(id);
    assertThat(after.firstName()).isEqualTo("Anna");
    assertThat(after.lastName()).isEqualTo("Berg-Lund");
    assertThat(after.branchId()).isEqualTo(STOCKHOLM);
    assertThat(after.superiorId()).as("manager survives").isEqualTo(managerId);
    assertThat(after.customFields()).as("custom fields survive").isEqualTo(before.customFields());
    assertThat(after.externalId()).isEqualTo("onelogin-4711");
    assertThat(after.email()).isEqualTo(userName);
    assertThat(after.status()).isEqualTo(EmployeeStatus.ACTIVE);
  }

  @Test
  void a_put_without_active_never_deactivates() {
    for (int sync = 0; sync < 3; sync++) {
      JsonNode user = assertUser(gateway.put(user(id), fixture("put-only/put-mapped-attributes-only.json",
          values("givenName", "Ann", "familyName", "Berg", "division", "NO-OSL"))), 200);
      assertThat(user.path("active").asBoolean()).isTrue();
    }

    assertThat(employee(id).status()).isEqualTo(EmployeeStatus.ACTIVE);
  }

  @Test
  void a_put_that_changes_nothing_writes_nothing() {
    int version = employee(id).version();

    assertUser(gateway.put(user(id), fixture("put-only/put-mapped-attributes-only.json",
        values("givenName", "Ann", "familyName", "Berg", "division", "NO-OSL"))), 200);

    assertThat(employee(id).version()).isEqualTo(version);
  }

  @Test
  void null_and_empty_values_in_a_put_clear_what_they_name() {
    JsonNode user = assertUser(gateway.put(user(id), fixture("put-only/put-clearing-with-null-and-empty.json",
        values("givenName", "Ann", "familyName", "Berg"))), 200);

    assertThat(user.has("externalId")).isFalse();
    assertThat(user.path(ENTERPRISE).has("manager")).isFalse();
    assertThat(user.has(SKOVIK)).isFalse();
    Employee after = employee(id);
    assertThat(after.externalId()).isNull();
    assertThat(after.superiorId()).isNull();
    assertThat(after.customFields()).isEmpty();
    assertThat(after.branchId()).isEqualTo(OSLO);
    assertThat(after.status()).isEqualTo(EmployeeStatus.ACTIVE);
  }

  @Test
  void an_empty_string_manager_in_a_put_clears_the_manager_only() {
    Employee before = employee(id);

    JsonNode user = assertUser(gateway.put(user(id), fixture("put-only/put-clearing-manager-with-empty-string.json",
        values("givenName", "Ann", "familyName", "Berg"))), 200);

    assertThat(user.path(ENTERPRISE).has("manager")).isFalse();
    Employee after = employee(id);
    assertThat(after.superiorId()).isNull();
    assertThat(after.customFields()).isEqualTo(before.customFields());
    assertThat(after.externalId()).isEqualTo(before.externalId());
    assertThat(after.branchId()).isEqualTo(before.branchId());
  }

  @Test
  void a_put_with_active_as_the_string_false_archives() {
    JsonNode user = assertUser(gateway.put(user(id), fixture("put-only/put-inactive-as-string.json",
        values("givenName", "Ann", "familyName", "Berg"))), 200);

    assertThat(user.path("active").asBoolean()).isFalse();
    Employee after = employee(id);
    assertThat(after.status()).isEqualTo(EmployeeStatus.ARCHIVED);
    assertThat(after.customFields()).hasSize(5);
    assertThat(after.superiorId()).isEqualTo(managerId);
  }

  @Test
  void an_empty_active_placeholder_leaves_an_active_user_active() {
    JsonNode user = assertUser(gateway.put(user(id), fixture("put-only/put-with-empty-placeholders.json",
        values("givenName", "Ann", "familyName", "Berg"))), 200);

    assertThat(user.path("active").asBoolean()).isTrue();
    assertThat(employee(id).status()).isEqualTo(EmployeeStatus.ACTIVE);
  }

  @Test
  void an_empty_active_placeholder_on_an_archived_user_is_not_a_reactivation() {
    store().archiveEmployee(COMPANY, id);
    Employee archived = employee(id);

    JsonNode user = assertUser(gateway.put(user(id), fixture("put-only/put-with-empty-placeholders.json",
        values("givenName", "Ann", "familyName", "Berg"))), 200);

    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(employee(id)).isEqualTo(archived);
  }

  private Map<String, String> values(String... namesAndValues) {
    Map<String, String> values = new HashMap<>();
    values.put("userName", userName);
    values.put("managerId", managerId);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }
}
