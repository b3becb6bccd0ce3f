package com.skovik.scim.users;

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
import com.skovik.scim.support.EmployeeJson;
import com.skovik.scim.support.UserGatewayTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * An identity provider with a {@code default_branch_id}: users sent without a division land in
 * that branch. Okta, JumpCloud and Google send no division; their literal create bodies
 * (from {@code idp-clients.md}) are provisioned here as they come.
 */
class DefaultBranchMappingTest extends UserGatewayTest {

  private static final String ADA_WITHOUT_DIVISION = json("""
      {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'}}
      """);

  @Override
  protected JsonObject identityProvider() {
    return super.identityProvider().put("default_branch_id", "br_oslo");
  }

  private static String branch(boolean archived) {
    return new JsonObject().put("id", "br_oslo").put("name", "Oslo").put("external_identifier", "NO-OSL")
        .put("archived", archived).encode();
  }

  @Test
  void a_user_without_division_is_created_in_the_default_branch() {
    stubCreate(ada().version(1));

    JsonNode user = assertUser(gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'}}
        """)), 201);

    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("NO-OSL");
    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES)).withRequestBody(equalToJson("""
        {"email": "ada.lovelace@example.com", "first_name": "Ada", "last_name": "Lovelace",
         "branch_id": "br_oslo"}
        """)));
  }

  @Test
  void with_the_caches_warm_a_create_in_the_default_branch_is_one_call() {
    stubCreate(ada().version(1));
    assertUser(gateway.post(USERS, ADA_WITHOUT_DIVISION), 201);
    skovik.resetRequests();

    assertUser(gateway.post(USERS, ADA_WITHOUT_DIVISION), 201);

    assertThat(requests()).extracting(request -> request.getMethod() + " " + request.getUrl())
        .containsExactly("POST " + EMPLOYEES);
  }

  @Test
  void a_division_that_is_sent_wins_over_the_default_branch() {
    stubCreate(ada().branch("br_bergen").version(1));

    JsonNode user = assertUser(gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-BGO'}}
        """)), 201);

    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("NO-BGO");
    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES))
        .withRequestBody(equalToJson("{\"branch_id\": \"br_bergen\"}", true, true)));
  }

  @Test
  void an_unknown_division_is_still_refused_and_does_not_fall_back_to_the_default() {
    JsonNode error = assertScimError(gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-TYPO'}}
        """)), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("\"NO-TYPO\"");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void an_archived_default_branch_is_refused_naming_the_default_before_any_employee_call() {
    stubBranch("br_oslo", "NO-OSL", true);

    JsonNode error = assertScimError(gateway.post(USERS, ADA_WITHOUT_DIVISION), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("default branch").contains("br_oslo")
        .contains("archived");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void a_default_branch_that_does_not_exist_is_refused_before_any_employee_call() {
    skovik.stubFor(get(urlPathEqualTo(BRANCHES + "/br_oslo")).atPriority(1)
        .willReturn(skovikError(404, "not_found", null)));

    JsonNode error = assertScimError(gateway.post(USERS, ADA_WITHOUT_DIVISION), 400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("default branch").contains("br_oslo");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void a_cached_default_branch_archived_meanwhile_is_looked_up_again_and_refused() {
    skovik.stubFor(get(urlPathEqualTo(BRANCHES + "/br_oslo")).atPriority(1).inScenario("archived later")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(branch(false))));
    skovik.stubFor(get(urlPathEqualTo(BRANCHES + "/br_oslo")).atPriority(1).inScenario("archived later")
        .whenScenarioStateIs("archived").willReturn(okJson(branch(true))));
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).inScenario("archived later")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(json(201, ada().version(1)))
        .willSetStateTo("archived"));
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).inScenario("archived later")
        .whenScenarioStateIs("archived").willReturn(skovikError(422, "validation_failed",
            new JsonObject().put("branch_id", "branch_archived"))));
    assertUser(gateway.post(USERS, ADA_WITHOUT_DIVISION), 201);

    JsonNode error = assertScimError(gateway.post(USERS, ADA_WITHOUT_DIVISION.replace("ada.", "ada2.")),
        400, "invalidValue");

    assertThat(error.path("detail").asText()).contains("default branch").contains("archived");
    skovik.verify(exactly(2), getRequestedFor(urlPathEqualTo(BRANCHES + "/br_oslo")));
    skovik.verify(exactly(2), postRequestedFor(urlPathEqualTo(EMPLOYEES)));
  }

  @Test
  void oktas_create_body_is_provisioned_with_its_read_only_and_unknown_members_ignored() {
    stubCreate(EmployeeJson.employee("emp_test").email("test.user@okta.local").firstName("Test")
        .lastName("User").externalId("00ujl29u0le5T6Aj10h7"));

    JsonNode user = assertUser(gateway.post(USERS, fixture("okta-create.json")), 201);

    assertThat(user.path("id").asText()).isEqualTo("emp_test");
    assertThat(user.path("externalId").asText()).isEqualTo("00ujl29u0le5T6Aj10h7");
    assertThat(user.path("active").asBoolean()).isTrue();
    assertThat(user.has("groups")).isFalse();
    assertThat(user.has("password")).isFalse();
    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES)).withRequestBody(equalToJson("""
        {"email": "test.user@okta.local", "first_name": "Test", "last_name": "User",
         "branch_id": "br_oslo", "external_id": "00ujl29u0le5T6Aj10h7"}
        """)));
    assertThat(employeeCalls()).containsExactly("POST");
  }

  @Test
  void entras_create_with_explicit_nulls_and_a_misspelled_schema_urn_is_provisioned() {
    stubCreate(EmployeeJson.employee("emp_joy").email("jyoung@testuser.com").firstName("Joy")
        .lastName("Young").externalId("jyoung"));

    JsonNode user = assertUser(gateway.post(USERS, fixture("entra-create-example-2.json")), 201);

    assertThat(user.path("userName").asText()).isEqualTo("jyoung@testuser.com");
    assertThat(user.path("displayName").asText()).isEqualTo("Joy Young");
    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES)).withRequestBody(equalToJson("""
        {"email": "jyoung@testuser.com", "first_name": "Joy", "last_name": "Young",
         "branch_id": "br_oslo", "external_id": "jyoung"}
        """)));
  }

  @Test
  void entras_create_with_a_custom_extension_of_another_service_ignores_that_extension() {
    stubCreate(EmployeeJson.employee("emp_joe").email("joe@testaccount.onmicrosoft.com")
        .firstName("joe").lastName("TestLastName1"));

    assertUser(gateway.post(USERS, fixture("entra-create-with-custom-extension.json")), 201);

    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES)).withRequestBody(equalToJson("""
        {"email": "joe@testaccount.onmicrosoft.com", "first_name": "joe",
         "last_name": "TestLastName1", "branch_id": "br_oslo"}
        """)));
  }

  @Test
  void onelogins_scim_1_template_is_provisioned_with_its_legacy_extension_ignored() {
    stubCreate(EmployeeJson.employee("emp_oda").email("oda.nilsen@example.com").firstName("Oda")
        .lastName("Nilsen"));

    JsonNode user = assertUser(gateway.post(USERS, fixture("onelogin-v1-template-create.json")), 201);

    assertThat(user.path("id").asText()).isEqualTo("emp_oda");
    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES)).withRequestBody(equalToJson("""
        {"email": "oda.nilsen@example.com", "first_name": "Oda", "last_name": "Nilsen",
         "branch_id": "br_oslo"}
        """)));
  }

  @Test
  void a_put_without_division_keeps_the_branch_the_user_is_in() {
    stubEmployee(ada().branch("br_bergen"));

    assertUser(gateway.put(USERS + "/emp_ada", json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'}}
        """)), 200);

    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void a_put_that_clears_the_division_moves_the_user_to_the_default_branch() {
    stubEmployee(ada().branch("br_bergen"));
    stubPatch(ada().nextVersion());

    JsonNode user = assertUser(gateway.put(USERS + "/emp_ada", json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': ''}}
        """)), 200);

    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("NO-OSL");
    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"branch_id\": \"br_oslo\"}")));
  }
}
