package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /Users/{id}}, and {@code attributes} / {@code excludedAttributes} on single users. */
class UserReadLifecycleTest extends UserGatewayTest {

  @Test
  void a_user_is_read_with_one_upstream_call_tagged_with_the_request_id() {
    stubEmployee(ada());

    ScimResponse response = send(HttpMethod.GET, USERS + "/emp_ada", null, "X-Request-Id", "req-read-7");

    JsonNode user = assertUser(response, 200);
    assertThat(user.path("id").asText()).isEqualTo("emp_ada");
    assertThat(response.header("ETag")).isEqualTo("W/\"4\"");
    skovik.verify(getRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withHeader("Authorization", equalTo("Bearer " + SERVICE_KEY))
        .withHeader("X-Request-Id", equalTo("req-read-7")));
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void an_archived_user_is_still_read_with_active_false() {
    stubEmployee(ada().archived().version(5));

    ScimResponse response = gateway.get(USERS + "/emp_ada");

    JsonNode user = assertUser(response, 200);
    assertThat(user.path("active").isBoolean()).isTrue();
    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(response.header("ETag")).isEqualTo("W/\"5\"");
  }

  @Test
  void an_unknown_user_is_a_scim_404() {
    stubEmployeeNotFound("emp_nobody");

    JsonNode error = assertScimError(gateway.get(USERS + "/emp_nobody"), 404, null);

    assertThat(error.path("detail").asText()).contains("emp_nobody");
  }

  @Test
  void another_companys_employee_is_looked_up_in_this_company_only_and_is_a_404() {
    stubEmployeeNotFound("emp_of_globex");

    assertScimError(gateway.get(USERS + "/emp_of_globex"), 404, null);

    assertThat(requests()).filteredOn(request -> request.getUrl().contains("/employees/"))
        .extracting(request -> request.getUrl())
        .containsExactly(employeePath("emp_of_globex"));
  }

  @Test
  void an_id_with_reserved_characters_stays_one_upstream_path_segment() {
    skovik.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
            urlEqualTo(EMPLOYEES + "/a%2Fb%3Fc"))
        .willReturn(skovikError(404, "not_found", null)));

    assertScimError(gateway.get(USERS + "/a%2Fb%3Fc"), 404, null);

    skovik.verify(getRequestedFor(urlEqualTo(EMPLOYEES + "/a%2Fb%3Fc")));
  }

  @ParameterizedTest(name = "GET /Users/{0}")
  @ValueSource(strings = {"%20", "%20%20", "%2E%2E"})
  void an_id_that_cannot_name_an_employee_is_a_404_without_upstream_call(String id) {
    ScimResponse response = gateway.get(USERS + "/" + id);

    assertThat(response.status()).as("%s", response).isEqualTo(404);
    assertThat(response.header("Content-Type")).startsWith("application/scim+json");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void attributes_keeps_only_what_is_asked_and_what_is_always_returned() {
    stubEmployee(ada());

    ScimResponse response = gateway.get(USERS + "/emp_ada?attributes=userName,name.givenName");

    assertThat(response.status()).isEqualTo(200);
    JsonNode user = response.json();
    assertThat(user.path("id").asText()).isEqualTo("emp_ada");
    assertThat(user.path("userName").asText()).isEqualTo("ada.lovelace@example.com");
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Ada");
    assertThat(user.path("name").has("familyName")).isFalse();
    assertThat(user.has("emails")).isFalse();
    assertThat(user.has("displayName")).isFalse();
    assertThat(user.has(ENTERPRISE)).isFalse();
    assertThat(response.header("Location")).isEqualTo(locationOf("emp_ada"));
    assertThat(response.header("ETag")).isEqualTo("W/\"4\"");
  }

  @Test
  void excludedAttributes_drops_what_is_named_even_with_urn_prefixes() {
    stubEmployee(ada());

    ScimResponse response = gateway.get(USERS + "/emp_ada?excludedAttributes=emails,"
        + "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division");

    JsonNode user = response.json();
    assertThat(response.status()).isEqualTo(200);
    assertThat(user.has("emails")).isFalse();
    assertThat(user.path(ENTERPRISE).has("division")).isFalse();
    assertThat(user.path("userName").asText()).isEqualTo("ada.lovelace@example.com");
    assertThat(user.path("id").asText()).isEqualTo("emp_ada");
    assertThat(response.header("ETag")).isEqualTo("W/\"4\"");
  }

  @Test
  void attributes_applies_to_the_answer_of_a_create() {
    stubCreate(ada().version(1));

    ScimResponse response = gateway.post(USERS + "?attributes=userName", json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.json().path("id").asText()).isEqualTo("emp_ada");
    assertThat(response.json().has("name")).isFalse();
    assertThat(response.header("Location")).isEqualTo(locationOf("emp_ada"));
  }

  @Test
  void attributes_and_excludedAttributes_together_are_refused_before_any_write() {
    ScimResponse response = gateway.post(USERS + "?attributes=userName&excludedAttributes=emails", json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """));

    assertScimError(response, 400, null);
    assertThat(employeeCalls()).isEmpty();
  }
}
