package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Enterprise {@code division} ↔ the employee's branch, through the branch's external
 * identifier, for an identity provider without a default branch (division required).
 */
class DivisionMappingTest extends UserGatewayTest {

  @Test
  void the_division_is_sent_as_the_branch_id_it_names() {
    stubCreate(ada().branch("br_bergen").version(1));

    JsonNode user = assertUser(gateway.post(USERS, adaIn("NO-BGO")), 201);

    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("NO-BGO");
    skovik.verify(getRequestedFor(urlPathEqualTo(BRANCHES))
        .withQueryParam("external_identifier", equalTo("NO-BGO")));
    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES))
        .withRequestBody(equalToJson("{\"branch_id\": \"br_bergen\"}", true, true)));
  }

  @Test
  void the_division_is_matched_case_insensitively() {
    stubCreate(ada().branch("br_bergen").version(1));

    assertUser(gateway.post(USERS, adaIn("no-bgo")), 201);

    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES))
        .withRequestBody(equalToJson("{\"branch_id\": \"br_bergen\"}", true, true)));
  }

  @Test
  void a_missing_division_is_refused_when_the_identity_provider_has_no_default_branch() {
    ScimResponse response = gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'}}
        """));

    JsonNode error = assertScimError(response, 400, "invalidValue");
    assertThat(error.path("detail").asText()).contains("division").contains("required");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void an_empty_division_is_refused_like_a_missing_one() {
    JsonNode error = assertScimError(gateway.post(USERS, adaIn("")), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("division");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void an_unknown_division_is_refused_naming_it_before_any_employee_call() {
    JsonNode error = assertScimError(gateway.post(USERS, adaIn("SE-STO")), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("division").contains("\"SE-STO\"");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void an_archived_branch_is_refused_before_any_employee_call() {
    JsonNode error = assertScimError(gateway.post(USERS, adaIn("NO-OLD")), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("\"NO-OLD\"").contains("archived");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void an_employee_reads_with_the_external_identifier_of_its_branch() {
    stubEmployee(ada().branch("br_bergen"));

    JsonNode user = assertUser(gateway.get(USERS + "/emp_ada"), 200);

    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("NO-BGO");
  }

  @Test
  void an_employee_whose_branch_has_no_external_identifier_reads_without_division() {
    skovik.stubFor(get(urlPathEqualTo(BRANCHES + "/br_hq")).willReturn(okJson(new JsonObject()
        .put("id", "br_hq").put("name", "HQ").putNull("external_identifier")
        .put("archived", false).encode())));
    stubEmployee(ada().branch("br_hq"));

    JsonNode user = assertUser(gateway.get(USERS + "/emp_ada"), 200);

    assertThat(user.path(ENTERPRISE).has("division")).isFalse();
    assertThat(user.path("id").asText()).isEqualTo("emp_ada");
  }

  @Test
  void a_changed_division_patches_the_branch() {
    stubEmployee(ada());
    stubPatch(ada().branch("br_bergen").nextVersion());

    JsonNode user = assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division',
          'value': 'NO-BGO'}]
        """)), 200);

    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("NO-BGO");
    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withHeader("If-Match", equalTo("\"4\""))
        .withRequestBody(equalToJson("{\"branch_id\": \"br_bergen\"}")));
  }

  @Test
  void the_same_division_in_another_case_changes_nothing() {
    stubEmployee(ada());

    assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division',
          'value': 'no-osl'}]
        """)), 200);

    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void a_change_to_an_unknown_division_writes_nothing() {
    stubEmployee(ada());

    JsonNode error = assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division',
          'value': 'XX-NOPE'}]
        """)), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("\"XX-NOPE\"");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void removing_the_division_is_refused_when_it_is_required() {
    stubEmployee(ada());

    JsonNode error = assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'remove', 'path': 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division'}]
        """)), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("division");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void a_stale_cached_branch_is_resolved_again_and_the_create_is_sent_with_a_new_idempotency_key() {
    // The branch NO-OSL was re-created by an administrator after the gateway cached it.
    skovik.stubFor(get(urlPathEqualTo(BRANCHES)).atPriority(1).inScenario("recreated branch")
        .whenScenarioStateIs(Scenario.STARTED)
        .withQueryParam("external_identifier", equalToIgnoreCase("NO-OSL"))
        .willReturn(okJson(branches("br_oslo", "NO-OSL"))).willSetStateTo("cached"));
    skovik.stubFor(get(urlPathEqualTo(BRANCHES)).atPriority(1).inScenario("recreated branch")
        .whenScenarioStateIs("cached")
        .withQueryParam("external_identifier", equalToIgnoreCase("NO-OSL"))
        .willReturn(okJson(branches("br_oslo2", "NO-OSL"))));
    skovik.stubFor(get(urlPathEqualTo(BRANCHES + "/br_oslo2")).willReturn(okJson(
        new JsonObject().put("id", "br_oslo2").put("name", "Oslo").put("external_identifier", "NO-OSL")
            .put("archived", false).encode())));
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).atPriority(1)
        .withRequestBody(equalToJson("{\"branch_id\": \"br_oslo\"}", true, true))
        .willReturn(skovikError(422, "validation_failed",
            new JsonObject().put("branch_id", "branch_not_found"))));
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).atPriority(1)
        .withRequestBody(equalToJson("{\"branch_id\": \"br_oslo2\"}", true, true))
        .willReturn(json(201, ada().branch("br_oslo2").version(1))));

    JsonNode user = assertUser(gateway.post(USERS, adaIn("NO-OSL")), 201);

    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("NO-OSL");
    skovik.verify(exactly(2), getRequestedFor(urlPathEqualTo(BRANCHES))
        .withQueryParam("external_identifier", equalTo("NO-OSL")));
    List<LoggedRequest> creates = skovik.findAll(postRequestedFor(urlPathEqualTo(EMPLOYEES)));
    assertThat(creates).hasSize(2);
    // The first create was refused for good (Skovik remembers the refusal under its key), so
    // the second one, with another body, must not reuse that key.
    assertThat(creates.get(0).getHeader("Idempotency-Key"))
        .isNotEqualTo(creates.get(1).getHeader("Idempotency-Key"));
  }

  @Test
  void a_write_refused_for_an_archived_branch_is_answered_as_an_invalid_division() {
    stubEmployee(ada());
    skovik.stubFor(com.github.tomakehurst.wiremock.client.WireMock.patch(
            urlPathEqualTo(employeePath("emp_ada")))
        .willReturn(skovikError(422, "validation_failed",
            new JsonObject().put("branch_id", "branch_archived"))));

    JsonNode error = assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division',
          'value': 'NO-BGO'}]
        """)), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("division").contains("archived");
  }

  private static String branches(String id, String externalIdentifier) {
    return "{\"data\": [" + new JsonObject().put("id", id).put("name", "Oslo")
        .put("external_identifier", externalIdentifier).put("archived", false).encode() + "]}";
  }

  private static String adaIn(String division) {
    return json("""
        {'userName': 'ada.lovelace@example.com',
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': '%s'}}
        """.formatted(division));
  }
}
