package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.support.EmployeeJson;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Skovik's decided refusals, each mapped to the SCIM error a client can act on (issue 3 §4),
 * with the field named by its SCIM attribute and nothing of the upstream's own text.
 */
class UserUpstreamFailureTest extends UserGatewayTest {

  private static final String ADA = json("""
      {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
       'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
      """);

  @Test
  void a_taken_email_is_a_409_uniqueness_naming_the_holder() {
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).willReturn(skovikError(409, "email_taken",
        new JsonObject().put("employee_id", "emp_holder"))));
    stubEmployee(EmployeeJson.employee("emp_holder"));

    JsonNode error = assertScimError(gateway.post(USERS, ADA), 409, "uniqueness");

    assertThat(error.path("detail").asText()).contains("userName").contains("emp_holder")
        .doesNotContain("archived");
    assertThat(employeeCalls()).containsExactly("POST", "GET emp_holder");
  }

  @Test
  void a_taken_email_held_by_an_archived_employee_says_archived_employees_keep_their_email() {
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).willReturn(skovikError(409, "email_taken",
        new JsonObject().put("employee_id", "emp_old"))));
    stubEmployee(EmployeeJson.employee("emp_old").archived());

    JsonNode error = assertScimError(gateway.post(USERS, ADA), 409, "uniqueness");

    assertThat(error.path("detail").asText()).contains("archived employee").contains("keep their email")
        .contains("emp_old");
    assertThat(employeeCalls()).containsExactly("POST", "GET emp_old");
  }

  @Test
  void a_taken_email_without_a_holder_is_still_a_409_uniqueness() {
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).willReturn(skovikError(409, "email_taken", null)));

    assertScimError(gateway.post(USERS, ADA), 409, "uniqueness");

    assertThat(employeeCalls()).containsExactly("POST");
  }

  @Test
  void a_taken_email_whose_holder_cannot_be_read_is_still_a_409_uniqueness() {
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).willReturn(skovikError(409, "email_taken",
        new JsonObject().put("employee_id", "emp_gone"))));
    stubEmployeeNotFound("emp_gone");

    assertScimError(gateway.post(USERS, ADA), 409, "uniqueness");
  }

  @Test
  void a_userName_change_to_a_taken_email_is_a_409_uniqueness() {
    stubEmployee(ada());
    skovik.stubFor(patch(urlPathEqualTo(employeePath("emp_ada"))).willReturn(skovikError(409,
        "email_taken", new JsonObject().put("employee_id", "emp_grace"))));
    stubEmployee(grace());

    assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'userName', 'value': 'GRACE.HOPPER@example.com'}]
        """)), 409, "uniqueness");

    assertThat(employeeCalls()).containsExactly("GET emp_ada", "PATCH emp_ada", "GET emp_grace");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "branch_id            | branch_not_found   | division",
      "superior_id          | superior_not_found | manager",
      "superior_id          | superior_cycle     | manager",
      "email                | invalid_email      | userName",
      "first_name           | required           | name.givenName",
      "last_name            | required           | name.familyName",
      "external_id          | too_long           | externalId",
      "custom_fields.cf_level | invalid_select   | custom_field2"})
  void a_422_is_an_invalid_value_naming_the_scim_attribute(String field, String reason, String attribute) {
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).willReturn(skovikError(422, "validation_failed",
        new JsonObject().put(field, reason))));

    JsonNode error = assertScimError(gateway.post(USERS, ADA), 400, "invalidValue");

    assertThat(error.path("detail").asText()).startsWith(attribute).doesNotContain("upstream says");
    if (field.startsWith("custom_fields.")) {
      assertThat(error.path("detail").asText()).doesNotContain(field);
    }
  }

  @Test
  void a_422_refusing_several_fields_names_each_of_them() {
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).willReturn(skovikError(422, "validation_failed",
        new JsonObject().put("email", "invalid_email").put("superior_id", "superior_not_found")
            .put("custom_fields.cf_cost_center", "invalid_text"))));

    JsonNode error = assertScimError(gateway.post(USERS, ADA), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("userName: invalid email.")
        .contains("manager:").contains("custom_field1: invalid text.");
  }

  @Test
  void a_422_whose_reasons_are_free_text_does_not_repeat_that_text_to_the_client() {
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).willReturn(skovikError(422, "validation_failed",
        new JsonObject().put("email", "ada.lovelace@example.com is blocked by rule 7")
            .put("Some Internal Field!", "invalid"))));

    JsonNode error = assertScimError(gateway.post(USERS, ADA), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("userName: refused by Skovik.")
        .doesNotContain("rule 7").doesNotContain("example.com").doesNotContain("Internal");
  }

  @Test
  void a_422_without_details_is_still_an_invalid_value() {
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).willReturn(skovikError(422, "validation_failed", null)));

    assertScimError(gateway.post(USERS, ADA), 400, "invalidValue");
  }

  @Test
  void an_employee_deleted_between_read_and_write_is_a_404() {
    stubEmployee(ada());
    skovik.stubFor(patch(urlPathEqualTo(employeePath("emp_ada"))).willReturn(skovikError(404, "not_found", null)));

    assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'}]
        """)), 404, null);
  }

  @Test
  void a_429_is_answered_429_with_the_integer_retry_after_and_is_not_retried() {
    skovik.stubFor(get(urlPathEqualTo(employeePath("emp_ada"))).willReturn(
        skovikError(429, "rate_limited", null).withHeader("Retry-After", "7")));

    ScimResponse response = gateway.get(USERS + "/emp_ada");

    assertScimError(response, 429, null);
    assertThat(response.header("Retry-After")).isEqualTo("7");
    skovik.verify(exactly(1), getRequestedFor(urlPathEqualTo(employeePath("emp_ada"))));
  }

  @Test
  void a_429_on_create_is_answered_429_and_the_create_is_not_repeated() {
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).willReturn(
        skovikError(429, "rate_limited", null).withHeader("Retry-After", "2")));

    ScimResponse response = gateway.post(USERS, ADA);

    assertScimError(response, 429, null);
    assertThat(response.header("Retry-After")).matches("\\d+");
    skovik.verify(exactly(1), postRequestedFor(urlPathEqualTo(EMPLOYEES)));
  }

  @Test
  void a_429_with_an_http_date_is_answered_with_integer_seconds() {
    skovik.stubFor(get(urlPathEqualTo(employeePath("emp_ada"))).willReturn(
        skovikError(429, "rate_limited", null).withHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")));

    ScimResponse response = gateway.get(USERS + "/emp_ada");

    assertScimError(response, 429, null);
    assertThat(response.header("Retry-After")).matches("[1-9]\\d*");
  }

  @Test
  void a_500_on_create_is_a_502_without_the_upstream_text() {
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).willReturn(skovikError(500, "internal",
        new JsonObject().put("trace", "java.lang.NullPointerException at com.skovik.Product"))));

    JsonNode error = assertScimError(gateway.post(USERS, ADA), 502, null);

    assertNoUpstreamText(error);
  }

  @Test
  void a_refused_service_key_is_a_gateway_problem_and_not_the_clients_401() {
    skovik.stubFor(get(urlPathEqualTo(employeePath("emp_ada"))).willReturn(
        skovikError(401, "unauthorized", null)));

    JsonNode error = assertScimError(gateway.get(USERS + "/emp_ada"), 502, null);

    assertNoUpstreamText(error);
  }

  @Test
  void an_upstream_bad_request_is_a_502_without_the_upstream_text() {
    stubEmployee(ada());
    skovik.stubFor(patch(urlPathEqualTo(employeePath("emp_ada")))
        .willReturn(skovikError(400, "bad_request", null)));

    JsonNode error = assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'}]
        """)), 502, null);

    assertNoUpstreamText(error);
  }

  @Test
  void an_undecodable_success_is_a_502_without_the_body() {
    skovik.stubFor(get(urlPathEqualTo(employeePath("emp_ada"))).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>maintenance at com.skovik</html>")));

    JsonNode error = assertScimError(gateway.get(USERS + "/emp_ada"), 502, null);

    assertNoUpstreamText(error);
  }

  private static void assertNoUpstreamText(JsonNode error) {
    assertThat(error.path("detail").asText())
        .doesNotContain("upstream says")
        .doesNotContain("html")
        .doesNotContain("Exception")
        .doesNotContain("com.skovik")
        .doesNotContain("\tat ");
  }
}
