package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.skovik.scim.support.EmployeeJson;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

/** {@code POST /Users}: what the client gets back and exactly what Skovik is asked to do. */
class UserCreateLifecycleTest extends UserGatewayTest {

  private static final String ADA = json("""
      {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User',
                   'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
       'userName': 'ada.lovelace@example.com',
       'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
       'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
      """);

  private static final EmployeeJson CREATED = EmployeeJson.employee("emp_ada")
      .email("ada.lovelace@example.com").firstName("Ada").lastName("Lovelace");

  @Test
  void a_created_user_is_answered_201_with_location_etag_and_the_full_resource() {
    stubCreate(CREATED);

    ScimResponse response = gateway.post(USERS, ADA);

    JsonNode user = assertUser(response, 201);
    assertThat(response.header("Location")).isEqualTo(locationOf("emp_ada"));
    assertThat(response.header("ETag")).isEqualTo("W/\"1\"");
    assertThat(user.path("schemas")).extracting(JsonNode::asText)
        .containsExactly(CORE, ENTERPRISE);
    assertThat(user.path("id").asText()).isEqualTo("emp_ada");
    assertThat(user.path("userName").asText()).isEqualTo("ada.lovelace@example.com");
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Ada");
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("Lovelace");
    assertThat(user.path("name").path("formatted").asText()).isEqualTo("Ada Lovelace");
    assertThat(user.path("displayName").asText()).isEqualTo("Ada Lovelace");
    assertThat(user.path("active").asBoolean()).isTrue();
    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("NO-OSL");
    assertThat(user.path("meta").path("resourceType").asText()).isEqualTo("User");
    assertThat(employeeCalls()).containsExactly("POST");
  }

  @Test
  void the_upstream_create_carries_the_mapped_employee_the_service_key_the_request_id_and_an_idempotency_key() {
    stubCreate(CREATED);

    ScimResponse response = send(HttpMethod.POST, USERS, ADA, "X-Request-Id", "req-create-1");

    assertUser(response, 201);
    assertThat(response.header("X-Request-Id")).isEqualTo("req-create-1");
    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES))
        .withHeader("Authorization", equalTo("Bearer " + SERVICE_KEY))
        .withHeader("X-Request-Id", equalTo("req-create-1"))
        .withHeader("Content-Type", matching("application/json.*"))
        .withHeader("Idempotency-Key", matching(".{1,255}"))
        .withRequestBody(equalToJson("""
            {"email": "ada.lovelace@example.com", "first_name": "Ada", "last_name": "Lovelace",
             "branch_id": "br_oslo"}
            """)));
  }

  @Test
  void every_create_request_has_its_own_idempotency_key() {
    stubCreate(CREATED);

    gateway.post(USERS, ADA);
    gateway.post(USERS, ADA);

    assertThat(skovik.findAll(postRequestedFor(urlPathEqualTo(EMPLOYEES))))
        .extracting(request -> request.getHeader("Idempotency-Key"))
        .doesNotContainNull()
        .doesNotHaveDuplicates()
        .hasSize(2);
  }

  @Test
  void a_user_created_without_active_is_active_and_nothing_is_archived() {
    stubCreate(CREATED);

    JsonNode user = assertUser(gateway.post(USERS, ADA), 201);

    assertThat(user.path("active").asBoolean()).isTrue();
    assertThat(employeeCalls()).containsExactly("POST");
  }

  @Test
  void a_user_created_with_active_false_is_created_then_archived() {
    stubCreate(CREATED);
    EmployeeJson archived = CREATED.archived().nextVersion();
    stubArchive(archived);

    ScimResponse response = gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'active': false,
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """));

    JsonNode user = assertUser(response, 201);
    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(response.header("ETag")).isEqualTo("W/\"2\"");
    assertThat(employeeCalls()).containsExactly("POST", "POST emp_ada/archive");
    LoggedRequest create = onlyRequest(RequestMethod.POST, EMPLOYEES);
    assertThat(bodyOf(create).has("status")).as("status is not part of a create").isFalse();
  }

  @Test
  void a_user_created_inactive_whose_archive_fails_is_deleted_again_and_nothing_is_left_half_made() {
    stubCreate(CREATED);
    skovik.stubFor(post(urlPathEqualTo(employeePath("emp_ada") + "/archive"))
        .willReturn(aResponse().withStatus(503)));
    stubDelete("emp_ada");

    ScimResponse response = gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'active': false,
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """));

    assertScimError(response, 503, null);
    assertThat(employeeCalls()).startsWith("POST", "POST emp_ada/archive")
        .endsWith("DELETE emp_ada")
        .doesNotContain("PATCH emp_ada");
  }

  @Test
  void a_user_created_with_the_string_False_is_archived_too() {
    stubCreate(CREATED);
    stubArchive(CREATED.archived().nextVersion());

    JsonNode user = assertUser(gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'active': 'False',
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """)), 201);

    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(employeeCalls()).containsExactly("POST", "POST emp_ada/archive");
  }

  @Test
  void a_user_created_with_active_True_as_a_string_is_active() {
    stubCreate(CREATED);

    JsonNode user = assertUser(gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'active': 'True',
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """)), 201);

    assertThat(user.path("active").asBoolean()).isTrue();
    assertThat(employeeCalls()).containsExactly("POST");
  }

  @Test
  void an_active_value_that_is_not_a_boolean_is_refused_before_any_upstream_call() {
    ScimResponse response = gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'active': 'no',
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """));

    assertScimError(response, 400, "invalidValue");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void an_empty_body_is_invalid_syntax() {
    assertScimError(gateway.post(USERS, ""), 400, "invalidSyntax");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void a_body_that_is_not_json_is_invalid_syntax() {
    assertScimError(gateway.post(USERS, "{\"userName\": "), 400, "invalidSyntax");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void a_body_that_is_a_json_array_is_invalid_syntax() {
    assertScimError(gateway.post(USERS, "[]"), 400, "invalidSyntax");
    assertThat(employeeCalls()).isEmpty();
  }
}
