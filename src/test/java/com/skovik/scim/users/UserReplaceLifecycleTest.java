package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.support.EmployeeJson;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /Users/{id}} as Okta, Ping, OneLogin, Keycloak and Auth0 use it: attributes present
 * replace, {@code null} or {@code ""} clear, absent ones are kept, and an absent {@code active}
 * never deactivates.
 */
class UserReplaceLifecycleTest extends UserGatewayTest {

  /** Okta's test user as Skovik keeps it, with data Okta does not manage. */
  private static final EmployeeJson TEST_USER = EmployeeJson.employee("emp_test")
      .email("test.user@okta.local").firstName("Test").lastName("User")
      .externalId("00ujl29u0le5T6Aj10h7").superior("emp_grace")
      .customField("cf_cost_center", "4410").version(3);

  @Test
  void attributes_present_replace_and_only_they_are_written() {
    stubEmployee(ada().externalId("old"));
    stubPatch(ada().firstName("Augusta").externalId("new").nextVersion());

    ScimResponse response = gateway.put(USERS + "/emp_ada", json("""
        {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'],
         'userName': 'ada.lovelace@example.com', 'externalId': 'new',
         'name': {'givenName': 'Augusta', 'familyName': 'Lovelace'}}
        """));

    JsonNode user = assertUser(response, 200);
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Augusta");
    assertThat(response.header("ETag")).isEqualTo("W/\"5\"");
    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withHeader("If-Match", equalTo("\"4\""))
        .withRequestBody(equalToJson("{\"first_name\": \"Augusta\", \"external_id\": \"new\"}")));
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "PATCH emp_ada");
  }

  @Test
  void attributes_sent_as_null_or_empty_are_cleared() {
    stubEmployee(TEST_USER);
    stubPatch(TEST_USER.externalId(null).superior(null).customField("cf_cost_center", null).nextVersion());

    JsonNode user = assertUser(gateway.put(USERS + "/emp_test", json("""
        {'userName': 'test.user@okta.local', 'externalId': null,
         'name': {'givenName': 'Test', 'familyName': 'User'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'manager': ''},
         'urn:ietf:params:scim:schemas:extension:skovik:2.0:User': {'custom_field1': ''}}
        """)), 200);

    assertThat(user.has("externalId")).isFalse();
    assertThat(user.path(ENTERPRISE).has("manager")).isFalse();
    assertThat(user.has(SKOVIK)).isFalse();
    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_test"))).withRequestBody(equalToJson("""
        {"external_id": null, "superior_id": null, "custom_fields": {"cf_cost_center": null}}
        """)));
  }

  @Test
  void attributes_absent_are_kept_and_nothing_is_written() {
    stubEmployee(TEST_USER);
    stubEmployee(grace());

    JsonNode user = assertUser(gateway.put(USERS + "/emp_test", json("""
        {'userName': 'test.user@okta.local', 'name': {'givenName': 'Test', 'familyName': 'User'}}
        """)), 200);

    assertThat(user.path("externalId").asText()).isEqualTo("00ujl29u0le5T6Aj10h7");
    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("NO-OSL");
    assertThat(user.path(ENTERPRISE).path("manager").path("value").asText()).isEqualTo("emp_grace");
    assertThat(user.path(SKOVIK).path("custom_field1").asText()).isEqualTo("4410");
    assertThat(user.path("active").asBoolean()).isTrue();
    assertThat(employeeCalls()).containsExactly("GET emp_test", "GET emp_grace");
  }

  @Test
  void an_absent_active_never_deactivates() {
    stubEmployee(ada());
    stubPatch(ada().lastName("King").nextVersion());

    JsonNode user = assertUser(gateway.put(USERS + "/emp_ada", json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'King'}}
        """)), 200);

    assertThat(user.path("active").asBoolean()).isTrue();
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "PATCH emp_ada");
  }

  @Test
  void oktas_get_then_put_of_the_merged_object_writes_only_what_okta_changed() {
    stubEmployee(TEST_USER);
    stubEmployee(grace());
    stubPatch(TEST_USER.firstName("Another").nextVersion());

    ScimResponse response = gateway.put(USERS + "/emp_test", fixture("okta-put-profile-update.json"));

    JsonNode user = assertUser(response, 200);
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Another");
    assertThat(user.path("externalId").asText()).isEqualTo("00ujl29u0le5T6Aj10h7");
    assertThat(user.path(SKOVIK).path("custom_field1").asText()).isEqualTo("4410");
    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_test")))
        .withHeader("If-Match", equalTo("\"3\""))
        .withRequestBody(equalToJson("{\"first_name\": \"Another\"}")));
    assertThat(employeeCalls()).containsExactly("GET emp_test", "PATCH emp_test", "GET emp_grace");
  }

  @Test
  void a_user_put_back_exactly_as_it_was_read_changes_nothing() {
    stubEmployee(TEST_USER);
    stubEmployee(grace());
    JsonNode read = assertUser(gateway.get(USERS + "/emp_test"), 200);
    skovik.resetRequests();

    ScimResponse response = gateway.put(USERS + "/emp_test", read.toString());

    assertThat(assertUser(response, 200)).isEqualTo(read);
    assertThat(employeeCalls()).containsExactly("GET emp_test", "GET emp_grace");
  }

  @Test
  void a_put_of_what_was_read_with_one_change_overlaid_writes_that_change_only() {
    stubEmployee(TEST_USER);
    stubEmployee(grace());
    ObjectNode read = (ObjectNode) assertUser(gateway.get(USERS + "/emp_test"), 200);
    ((ObjectNode) read.path(SKOVIK)).put("custom_field1", "5520");
    stubPatch(TEST_USER.customField("cf_cost_center", "5520").nextVersion());
    skovik.resetRequests();

    assertUser(gateway.put(USERS + "/emp_test", read.toString()), 200);

    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_test")))
        .withRequestBody(equalToJson("{\"custom_fields\": {\"cf_cost_center\": \"5520\"}}")));
  }

  @Test
  void an_okta_app_wizard_put_with_active_false_archives_and_writes_nothing_else() {
    stubEmployee(TEST_USER);
    stubEmployee(grace());
    stubArchive(TEST_USER.archived().nextVersion());

    JsonNode user = assertUser(gateway.put(USERS + "/emp_test", fixture("okta-aiw-put-deactivate.json")), 200);

    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(employeeCalls()).containsExactly("GET emp_test", "POST emp_test/archive", "GET emp_grace");
  }

  @Test
  void a_onelogin_template_put_with_empty_placeholders_clears_them_and_moves_the_division() {
    stubEmployee(TEST_USER);
    stubPatch(TEST_USER.branch("br_bergen").superior(null).nextVersion());

    JsonNode user = assertUser(gateway.put(USERS + "/emp_test", fixture("onelogin-v2-template-update.json")), 200);

    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("NO-BGO");
    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_test")))
        .withRequestBody(equalToJson("{\"branch_id\": \"br_bergen\", \"superior_id\": null}")));
  }

  @Test
  void a_put_that_clears_userName_is_refused_and_writes_nothing() {
    stubEmployee(ada());

    JsonNode error = assertScimError(gateway.put(USERS + "/emp_ada", json("""
        {'userName': '', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'}}
        """)), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("userName");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void a_put_of_an_unknown_user_is_a_404() {
    stubEmployeeNotFound("emp_nobody");

    assertScimError(gateway.put(USERS + "/emp_nobody", json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'}}
        """)), 404, null);

    assertThat(employeeCalls()).containsExactly("GET emp_nobody");
  }

  @Test
  void a_put_body_that_is_not_an_object_is_invalid_syntax() {
    assertScimError(gateway.put(USERS + "/emp_ada", "[{\"userName\": \"x@example.com\"}]"), 400,
        "invalidSyntax");

    assertThat(employeeCalls()).isEmpty();
  }
}
