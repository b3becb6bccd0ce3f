package com.skovik.scim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.emulator.Employee;
import com.skovik.scim.support.EmulatorGatewayTest;
import org.junit.jupiter.api.Test;

/**
 * The enterprise {@code division} is the external identifier of the employee's Skovik branch.
 * Identity provider {@value #IDP} has a default branch (Oslo), {@value #STRICT_IDP} has none.
 */
class DivisionAndDefaultBranchTest extends EmulatorGatewayTest {

  @Test
  void a_user_created_without_a_division_lands_in_the_default_branch() {
    JsonNode user = assertUser(gateway.post(USERS, withoutDivision("nodiv@example.com")), 201);

    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("NO-OSL");
    assertThat(employee(user.path("id").asText()).branchId()).isEqualTo(OSLO);
  }

  @Test
  void a_division_on_create_wins_over_the_default_branch_and_is_matched_case_insensitively() {
    JsonNode user = assertUser(gateway.post(USERS, withDivision("sto@example.com", "se-sto")), 201);

    assertThat(employee(user.path("id").asText()).branchId()).isEqualTo(STOCKHOLM);
    assertThat(user.path(ENTERPRISE).path("division").asText())
        .as("answered as Skovik holds the external identifier").isEqualTo("SE-STO");
  }

  @Test
  void without_a_default_branch_a_division_is_required() {
    String detail = assertScimError(strictGateway().post(USERS, withoutDivision("strict@example.com")),
        400, "invalidValue");

    assertThat(detail).contains("division");
    assertThat(employees()).isEmpty();
  }

  @Test
  void without_a_default_branch_a_user_with_a_division_is_created_there() {
    JsonNode user = assertUser(strictGateway().post(USERS, withDivision("strict.sto@example.com", "SE-STO")), 201);

    assertThat(employee(user.path("id").asText()).branchId()).isEqualTo(STOCKHOLM);
  }

  @Test
  void a_division_change_by_patch_moves_the_employee() {
    String id = seedEmployee("mover@example.com", "Mo", "Ver").id();

    JsonNode user = assertUser(gateway.patch(user(id), """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"Replace","path":"%s:division","value":"SE-STO"}]}
        """.formatted(ENTERPRISE)), 200);

    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("SE-STO");
    assertThat(employee(id).branchId()).isEqualTo(STOCKHOLM);

    assertUser(gateway.patch(user(id), """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"replace","value":{"%s":{"division":"NO-OSL"}}}]}
        """.formatted(ENTERPRISE)), 200);
    assertThat(employee(id).branchId()).isEqualTo(OSLO);
  }

  @Test
  void an_archived_branch_is_refused_on_create() {
    String detail = assertScimError(gateway.post(USERS, withDivision("bergen@example.com", "NO-BGO")),
        400, "invalidValue");

    assertThat(detail).contains("NO-BGO").containsIgnoringCase("archived");
    assertThat(employees()).isEmpty();
  }

  @Test
  void an_archived_branch_is_refused_on_patch_and_the_employee_stays() {
    Employee before = seedEmployee("stayer@example.com", "Stay", "Er");

    String detail = assertScimError(gateway.patch(user(before.id()), """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"replace","path":"%s:division","value":"NO-BGO"}]}
        """.formatted(ENTERPRISE)), 400, "invalidValue");

    assertThat(detail).containsIgnoringCase("archived");
    assertThat(employee(before.id())).isEqualTo(before);
  }

  @Test
  void an_unknown_division_is_refused_naming_it() {
    String detail = assertScimError(gateway.post(USERS, withDivision("nowhere@example.com", "XX-NOPE")),
        400, "invalidValue");

    assertThat(detail).contains("XX-NOPE");
    assertThat(employees()).isEmpty();
  }

  @Test
  void a_branch_archived_after_the_gateway_cached_it_is_refused() {
    assertUser(gateway.post(USERS, withDivision("early@example.com", "SE-STO")), 201);
    store().archiveBranch(COMPANY, STOCKHOLM);

    String detail = assertScimError(gateway.post(USERS, withDivision("late@example.com", "SE-STO")),
        400, "invalidValue");

    assertThat(detail).containsIgnoringCase("archived");
    assertThat(employees()).extracting(Employee::email).doesNotContain("late@example.com");
  }

  @Test
  void a_branch_given_an_external_identifier_while_the_gateway_runs_is_found() {
    String id = seedEmployee("renamed.branch@example.com", "Re", "Named").id();
    assertUser(gateway.get(user(id)), 200);
    store().addBranch(COMPANY, "br_copenhagen", "Copenhagen", null, false);
    store().setBranchExternalIdentifier(COMPANY, "br_copenhagen", "DK-CPH");

    assertUser(gateway.patch(user(id), """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
          {"op":"replace","path":"%s:division","value":"DK-CPH"}]}
        """.formatted(ENTERPRISE)), 200);

    assertThat(employee(id).branchId()).isEqualTo("br_copenhagen");
  }

  private static String withoutDivision(String userName) {
    return """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName":"%s","name":{"givenName":"Di","familyName":"Vision"}}
        """.formatted(userName);
  }

  private static String withDivision(String userName, String division) {
    return """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
         "userName":"%s","name":{"givenName":"Di","familyName":"Vision"},
         "%s":{"division":"%s"}}
        """.formatted(ENTERPRISE, userName, ENTERPRISE, division);
  }
}
