package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.skovik.scim.support.UserGatewayTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Enterprise {@code manager} ↔ {@code superior_id}: every form identity providers send it in,
 * the ways they clear it, Skovik's refusals, and the object it is always answered as.
 */
class ManagerMappingTest extends UserGatewayTest {

  private static final String MANAGER_PATH =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager";

  @ParameterizedTest(name = "manager sent as {0}")
  @ValueSource(strings = {
      "'emp_grace'",
      "{'value': 'emp_grace'}",
      "{'value': 'emp_grace', '$ref': 'https://elsewhere.example/Users/emp_grace', 'displayName': 'G. H.'}",
      "{'Value': 'emp_grace'}",
      "{'managerId': 'emp_grace'}",
      "[{'value': 'emp_grace'}]"})
  void every_form_of_manager_on_create_sends_the_superior_id(String manager) {
    stubCreate(ada().superior("emp_grace").version(1));
    stubEmployee(grace());

    JsonNode user = assertUser(gateway.post(USERS, adaWithManager(manager)), 201);

    assertManagerIsGrace(user);
    assertThat(bodyOf(onlyRequest(RequestMethod.POST, EMPLOYEES)).path("superior_id").asText())
        .isEqualTo("emp_grace");
    assertThat(employeeCalls()).containsExactly("POST", "GET emp_grace");
  }

  @ParameterizedTest(name = "manager sent as {0}")
  @ValueSource(strings = {"''", "null", "{'value': ''}", "{'value': null}", "[]"})
  void an_empty_manager_on_create_sends_no_superior(String manager) {
    stubCreate(ada().version(1));

    JsonNode user = assertUser(gateway.post(USERS, adaWithManager(manager)), 201);

    assertThat(user.path(ENTERPRISE).has("manager")).isFalse();
    assertThat(bodyOf(onlyRequest(RequestMethod.POST, EMPLOYEES)).has("superior_id")).isFalse();
  }

  @Test
  void a_manager_is_answered_as_an_object_with_value_ref_and_display_name() {
    stubEmployee(ada().superior("emp_grace"));
    stubEmployee(grace());

    JsonNode user = assertUser(gateway.get(USERS + "/emp_ada"), 200);

    assertManagerIsGrace(user);
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "GET emp_grace");
  }

  @Test
  void a_manager_deleted_meanwhile_is_answered_without_display_name() {
    stubEmployee(ada().superior("emp_gone"));
    stubEmployeeNotFound("emp_gone");

    JsonNode manager = assertUser(gateway.get(USERS + "/emp_ada"), 200)
        .path(ENTERPRISE).path("manager");

    assertThat(manager.path("value").asText()).isEqualTo("emp_gone");
    assertThat(manager.path("$ref").asText()).isEqualTo(locationOf("emp_gone"));
    assertThat(manager.has("displayName")).isFalse();
  }

  @Test
  void a_created_user_is_answered_201_even_when_the_managers_name_cannot_be_fetched() {
    // The employee exists now: failing the answer would make the identity provider create it
    // again and meet a 409. The name is only decoration of the reference.
    stubCreate(ada().superior("emp_grace").version(1));
    skovik.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
            urlPathEqualTo(employeePath("emp_grace")))
        .willReturn(skovikError(429, "rate_limited", null).withHeader("Retry-After", "3")));

    JsonNode user = assertUser(gateway.post(USERS, adaWithManager("'emp_grace'")), 201);

    JsonNode manager = user.path(ENTERPRISE).path("manager");
    assertThat(manager.path("value").asText()).isEqualTo("emp_grace");
    assertThat(manager.path("$ref").asText()).isEqualTo(locationOf("emp_grace"));
    assertThat(manager.has("displayName")).isFalse();
  }

  @Test
  void an_unknown_manager_is_an_invalid_value_naming_the_manager() {
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).willReturn(skovikError(422, "validation_failed",
        new JsonObject().put("superior_id", "superior_not_found"))));

    JsonNode error = assertScimError(gateway.post(USERS, adaWithManager("'emp_nobody'")), 400,
        "invalidValue");

    assertThat(error.path("detail").asText()).contains("manager");
    assertThat(employeeCalls()).containsExactly("POST");
  }

  @Test
  void entras_manager_link_on_the_urn_path_as_a_string_patches_the_superior() {
    stubEmployee(ada());
    stubEmployee(grace());
    stubPatch(ada().superior("emp_grace").nextVersion());

    JsonNode user = assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'Add', 'path': '%s', 'value': 'emp_grace'}]
        """.formatted(MANAGER_PATH))), 200);

    assertManagerIsGrace(user);
    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"superior_id\": \"emp_grace\"}")));
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "PATCH emp_ada", "GET emp_grace");
  }

  @Test
  void the_legacy_one_element_array_on_the_manager_path_patches_the_superior() {
    stubEmployee(ada());
    stubEmployee(grace());
    stubPatch(ada().superior("emp_grace").nextVersion());

    assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'Add', 'path': 'manager',
          'value': [{'$ref': 'http://x/scim/Users/emp_grace', 'value': 'emp_grace'}]}]
        """)), 200);

    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"superior_id\": \"emp_grace\"}")));
  }

  @Test
  void replacing_the_manager_with_an_empty_string_clears_the_superior() {
    stubEmployee(ada().superior("emp_grace"));
    stubPatch(ada().nextVersion());

    JsonNode user = assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': '%s', 'value': ''}]
        """.formatted(MANAGER_PATH))), 200);

    assertThat(user.path(ENTERPRISE).has("manager")).isFalse();
    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"superior_id\": null}")));
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "PATCH emp_ada");
  }

  @Test
  void removing_the_manager_with_a_matching_value_filter_clears_the_superior() {
    stubEmployee(ada().superior("emp_grace"));
    stubPatch(ada().nextVersion());

    assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'remove', 'path': 'manager[value eq \\'emp_grace\\']'}]
        """)), 200);

    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"superior_id\": null}")));
  }

  @Test
  void removing_another_manager_by_value_filter_writes_nothing() {
    stubEmployee(ada().superior("emp_grace"));
    stubEmployee(grace());

    JsonNode user = assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'remove', 'path': 'manager[value eq \\'emp_other\\']'}]
        """)), 200);

    assertManagerIsGrace(user);
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "GET emp_grace");
  }

  @Test
  void a_manager_cycle_is_an_invalid_value() {
    stubEmployee(grace());
    skovik.stubFor(patch(urlPathEqualTo(employeePath("emp_grace"))).willReturn(skovikError(422,
        "validation_failed", new JsonObject().put("superior_id", "superior_cycle"))));

    JsonNode error = assertScimError(gateway.patch(USERS + "/emp_grace", patchBody("""
        [{'op': 'replace', 'path': 'manager', 'value': {'value': 'emp_grace'}}]
        """)), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("manager").contains("cycle");
  }

  @Test
  void a_put_with_a_null_manager_clears_the_superior() {
    stubEmployee(ada().superior("emp_grace"));
    stubPatch(ada().nextVersion());

    assertUser(gateway.put(USERS + "/emp_ada", json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'manager': null}}
        """)), 200);

    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"superior_id\": null}")));
  }

  @Test
  void a_put_without_manager_keeps_the_superior() {
    stubEmployee(ada().superior("emp_grace"));
    stubEmployee(grace());

    JsonNode user = assertUser(gateway.put(USERS + "/emp_ada", json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'}}
        """)), 200);

    assertManagerIsGrace(user);
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "GET emp_grace");
  }

  @Test
  void a_put_echoing_the_manager_object_it_read_changes_nothing() {
    stubEmployee(ada().superior("emp_grace"));
    stubEmployee(grace());

    assertUser(gateway.put(USERS + "/emp_ada", json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL',
           'manager': {'value': 'emp_grace', '$ref': '%s', 'displayName': 'Grace Hopper'}}}
        """.formatted(locationOf("emp_grace")))), 200);

    assertThat(employeeCalls()).containsExactly("GET emp_ada", "GET emp_grace");
  }

  private void assertManagerIsGrace(JsonNode user) {
    JsonNode manager = user.path(ENTERPRISE).path("manager");
    assertThat(manager.isObject()).as("manager is an object: %s", manager).isTrue();
    assertThat(manager.path("value").asText()).isEqualTo("emp_grace");
    assertThat(manager.path("$ref").asText()).isEqualTo(locationOf("emp_grace"));
    assertThat(manager.path("displayName").asText()).isEqualTo("Grace Hopper");
  }

  private static String adaWithManager(String manager) {
    return json("""
        {'userName': 'ada.lovelace@example.com',
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':
           {'division': 'NO-OSL', 'manager': %s}}
        """.formatted(manager));
  }
}
