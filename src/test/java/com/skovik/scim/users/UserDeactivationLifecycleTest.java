package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.support.EmployeeJson;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code active} ↔ status: {@code false} archives for good; an archived user can be read and
 * told {@code false} again, but never made active nor changed otherwise.
 */
class UserDeactivationLifecycleTest extends UserGatewayTest {

  private static final EmployeeJson ARCHIVED_ADA = ada().archived().version(5);

  @Test
  void active_false_archives_the_employee_with_one_read_and_one_archive() {
    stubEmployee(ada());
    stubArchive(ARCHIVED_ADA);

    ScimResponse response = gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'active', 'value': false}]
        """));

    JsonNode user = assertUser(response, 200);
    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(response.header("ETag")).isEqualTo("W/\"5\"");
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "POST emp_ada/archive");
    skovik.verify(postRequestedFor(urlPathEqualTo(employeePath("emp_ada") + "/archive"))
        .withHeader("Authorization", equalTo("Bearer " + SERVICE_KEY)));
  }

  @Test
  void a_user_whose_stored_email_our_check_would_refuse_can_still_be_deactivated() {
    EmployeeJson local = ada().email("ada@localhost");
    stubEmployee(local);
    stubArchive(local.archived().nextVersion());

    ScimResponse response = gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'active', 'value': false}]
        """));

    assertThat(assertUser(response, 200).path("active").asBoolean()).isFalse();
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "POST emp_ada/archive");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "[{'op': 'Replace', 'path': 'active', 'value': 'False'}]",
      "[{'op': 'replace', 'value': {'active': false}}]",
      "[{'op': 'replace', 'path': 'active', 'value': false}, {'op': 'replace', 'path': 'title', 'value': 'x'}]"})
  void repeating_false_on_an_archived_user_is_a_200_without_any_write(String operations) {
    stubEmployee(ARCHIVED_ADA);

    ScimResponse response = gateway.patch(USERS + "/emp_ada", patchBody(operations));

    JsonNode user = assertUser(response, 200);
    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(response.header("ETag")).isEqualTo("W/\"5\"");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void a_put_of_an_archived_user_with_active_false_and_nothing_changed_writes_nothing() {
    stubEmployee(ARCHIVED_ADA);

    assertUser(gateway.put(USERS + "/emp_ada", json("""
        {'userName': 'ada.lovelace@example.com', 'active': false,
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'}}
        """)), 200);

    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "[{'op': 'Replace', 'path': 'active', 'value': 'True'}]",
      "[{'op': 'replace', 'value': {'active': true}}]",
      "[{'op': 'add', 'path': 'active', 'value': 'true'}]"})
  void reactivating_an_archived_user_is_refused_saying_it_is_permanent_and_what_to_do(String operations) {
    stubEmployee(ARCHIVED_ADA);

    JsonNode error = assertScimError(gateway.patch(USERS + "/emp_ada", patchBody(operations)), 400,
        "mutability");

    assertThat(error.path("detail").asText()).contains("archived").contains("permanent")
        .contains("delete the archived employee").contains("create a new User");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void a_put_with_active_true_on_an_archived_user_is_refused() {
    stubEmployee(ARCHIVED_ADA);

    JsonNode error = assertScimError(gateway.put(USERS + "/emp_ada", json("""
        {'userName': 'ada.lovelace@example.com', 'active': true,
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'}}
        """)), 400, "mutability");

    assertThat(error.path("detail").asText()).contains("permanent");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void an_active_sent_as_null_in_a_put_is_absent_and_does_not_try_to_reactivate() {
    stubEmployee(ARCHIVED_ADA);

    JsonNode user = assertUser(gateway.put(USERS + "/emp_ada", json("""
        {'userName': 'ada.lovelace@example.com', 'active': null,
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'}}
        """)), 200);

    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void removing_active_from_an_archived_user_changes_nothing() {
    stubEmployee(ARCHIVED_ADA);

    JsonNode user = assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'remove', 'path': 'active'}]
        """)), 200);

    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void removing_active_from_an_active_user_does_not_deactivate() {
    stubEmployee(ada());

    JsonNode user = assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'remove', 'path': 'active'}]
        """)), 200);

    assertThat(user.path("active").asBoolean()).isTrue();
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void any_other_change_to_an_archived_user_is_refused_and_writes_nothing() {
    stubEmployee(ARCHIVED_ADA);

    JsonNode error = assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'}]
        """)), 400, "mutability");

    assertThat(error.path("detail").asText()).contains("archived").contains("cannot be changed");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void a_division_change_of_an_archived_user_is_refused_too() {
    stubEmployee(ARCHIVED_ADA);

    assertScimError(gateway.put(USERS + "/emp_ada", json("""
        {'userName': 'ada.lovelace@example.com', 'active': false,
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-BGO'}}
        """)), 400, "mutability");

    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void a_user_archived_by_someone_else_meanwhile_is_refused_as_immutable() {
    stubEmployee(ada());
    skovik.stubFor(patch(urlPathEqualTo(employeePath("emp_ada")))
        .willReturn(skovikError(409, "employee_archived", null)));

    JsonNode error = assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'}]
        """)), 400, "mutability");

    assertThat(error.path("detail").asText()).contains("archived");
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "PATCH emp_ada");
  }
}
