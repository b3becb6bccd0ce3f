package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.support.EmployeeJson;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code PATCH /Users/{id}} end to end through HTTP: representative real bodies (the PATCH
 * engine itself is unit-tested), the merge patch each one sends, no write when nothing
 * changes, and the read-apply-write loop on {@code 412}.
 */
class UserPatchLifecycleTest extends UserGatewayTest {

  /** Ada as the table's bodies start from: external id, a manager, a cost center. */
  private static final EmployeeJson ADA = ada().externalId("0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef")
      .superior("emp_grace").customField("cf_cost_center", "CC-100");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "entra-default-update-work-email-and-family-name.json",
      "entra-default-replace-userName.json",
      "entra-default-mixed-add-and-replace-of-name-parts.json",
      "entra-default-disable-with-string-False.json",
      "entra-aadOptscim062020-path-less-dotted-and-urn-keys.json",
      "entra-aadOptscim062020-disable.json",
      "entra-path-less-urn-keys-for-division-and-custom-field.json",
      "okta-deactivate-path-less.json",
      "okta-password-sync-is-ignored.json",
      "onelogin-lowercase-ops-with-extension-path.json",
      "validator-path-less-nested-extension-object-and-mixed-case.json",
      "validator-null-update-with-empty-strings.json",
      "validator-empty-operations.json",
      "manager-remove-with-matching-value-filter.json",
      "manager-replace-on-value-path.json",
      "manager-remove-with-value-of-the-current-manager.json",
      "deactivate-together-with-a-change.json"})
  void a_real_patch_body_sends_exactly_the_changed_fields(String fixture) {
    JsonNode table = ScimJson.parse(fixture("patch/" + fixture).getBytes());
    stubEmployee(ADA);
    stubEmployee(grace());
    stubEmployee(EmployeeJson.employee("emp_bob").firstName("Bob").lastName("Builder"));
    EmployeeJson written = ADA.nextVersion();
    stubPatch(written);
    stubArchive(written.archived().nextVersion());

    ScimResponse response = gateway.patch(USERS + "/emp_ada", table.path("request").toString());

    JsonNode user = assertUser(response, 200);
    assertThat(user.path("id").asText()).isEqualTo("emp_ada");
    JsonNode upstreamPatch = table.path("upstreamPatch");
    List<LoggedRequest> writes = skovik.findAll(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada"))));
    if (upstreamPatch.isNull()) {
      assertThat(writes).as("merge patches sent").isEmpty();
    } else {
      assertThat(writes).as("merge patches sent").hasSize(1);
      assertThat(writes.get(0).getHeader("If-Match")).isEqualTo("\"4\"");
      assertThat(bodyOf(writes.get(0))).isEqualTo(upstreamPatch);
    }
    boolean archives = table.path("archives").asBoolean();
    skovik.verify(exactly(archives ? 1 : 0),
        postRequestedFor(urlPathEqualTo(employeePath("emp_ada") + "/archive")));
    assertThat(user.path("active").asBoolean()).isEqualTo(!archives);
    skovik.verify(exactly(1), getRequestedFor(urlPathEqualTo(employeePath("emp_ada"))));
  }

  @Test
  void a_patch_that_changes_nothing_answers_200_and_writes_nothing() {
    stubEmployee(ada());

    ScimResponse response = gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name.givenName', 'value': 'Ada'},
         {'op': 'add', 'path': 'active', 'value': 'True'},
         {'op': 'replace', 'value': {'userName': 'ada.lovelace@example.com',
           'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division': 'NO-OSL'}}]
        """));

    JsonNode user = assertUser(response, 200);
    assertThat(response.header("ETag")).isEqualTo("W/\"4\"");
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Ada");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void the_answer_is_the_employee_as_skovik_wrote_it() {
    stubEmployee(ada());
    stubPatch(ada().lastName("King").nextVersion());

    ScimResponse response = gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'}]
        """));

    JsonNode user = assertUser(response, 200);
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("King");
    assertThat(user.path("displayName").asText()).isEqualTo("Ada King");
    assertThat(user.path("meta").path("version").asText()).isEqualTo("W/\"5\"");
    assertThat(user.path("meta").path("lastModified").asText()).isEqualTo("2026-12-02T11:30:00.789Z");
    assertThat(response.header("ETag")).isEqualTo("W/\"5\"");
  }

  @Test
  void a_write_answered_412_once_is_read_and_applied_again_so_both_changes_survive() {
    EmployeeJson changedMeanwhile = ada().externalId("set-by-someone-else").version(5);
    skovik.stubFor(get(urlPathEqualTo(employeePath("emp_ada"))).inScenario("concurrent")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(ada().encode())));
    skovik.stubFor(patch(urlPathEqualTo(employeePath("emp_ada"))).inScenario("concurrent")
        .whenScenarioStateIs(Scenario.STARTED)
        .willReturn(skovikError(412, "version_mismatch", new JsonObject().put("current_version", 5)))
        .willSetStateTo("changed meanwhile"));
    skovik.stubFor(get(urlPathEqualTo(employeePath("emp_ada"))).inScenario("concurrent")
        .whenScenarioStateIs("changed meanwhile").willReturn(okJson(changedMeanwhile.encode())));
    skovik.stubFor(patch(urlPathEqualTo(employeePath("emp_ada"))).inScenario("concurrent")
        .whenScenarioStateIs("changed meanwhile")
        .willReturn(json(200, changedMeanwhile.lastName("King").nextVersion())));

    ScimResponse response = gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'}]
        """));

    JsonNode user = assertUser(response, 200);
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("King");
    assertThat(user.path("externalId").asText()).isEqualTo("set-by-someone-else");
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "PATCH emp_ada", "GET emp_ada",
        "PATCH emp_ada");
    List<LoggedRequest> writes = skovik.findAll(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada"))));
    assertThat(writes).extracting(write -> write.getHeader("If-Match")).containsExactly("\"4\"", "\"5\"");
    assertThat(writes).extracting(write -> bodyOf(write).toString())
        .containsOnly("{\"last_name\":\"King\"}");
  }

  @Test
  void a_write_that_keeps_meeting_412_gives_up_after_a_bounded_number_of_attempts_with_a_503() {
    stubEmployee(ada());
    skovik.stubFor(patch(urlPathEqualTo(employeePath("emp_ada")))
        .willReturn(skovikError(412, "version_mismatch", new JsonObject().put("current_version", 5))));

    ScimResponse response = gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'}]
        """));

    // The client sent no If-Match: a 412 would blame a precondition it never set.
    assertScimError(response, 503, null);
    skovik.verify(exactly(UserService.MAX_UPDATE_ATTEMPTS),
        getRequestedFor(urlPathEqualTo(employeePath("emp_ada"))));
    skovik.verify(exactly(UserService.MAX_UPDATE_ATTEMPTS),
        patchRequestedFor(urlPathEqualTo(employeePath("emp_ada"))));
  }

  @Test
  void a_patch_of_an_unknown_user_is_a_404_and_writes_nothing() {
    stubEmployeeNotFound("emp_nobody");

    assertScimError(gateway.patch(USERS + "/emp_nobody", patchBody("""
        [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'}]
        """)), 404, null);

    assertThat(employeeCalls()).containsExactly("GET emp_nobody");
  }

  @Test
  void a_patch_request_without_operations_is_invalid_syntax() {
    assertScimError(gateway.patch(USERS + "/emp_ada", json("""
        {'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp']}
        """)), 400, "invalidSyntax");

    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void an_unsupported_op_is_invalid_syntax() {
    assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'move', 'path': 'name.familyName', 'value': 'King'}]
        """)), 400, "invalidSyntax");

    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void a_remove_without_path_is_no_target_and_writes_nothing() {
    stubEmployee(ada());

    assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'remove', 'value': {'externalId': 'x'}}]
        """)), 400, "noTarget");

    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void a_malformed_path_is_invalid_path_and_writes_nothing() {
    stubEmployee(ada());

    assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name..givenName', 'value': 'x'}]
        """)), 400, "invalidPath");

    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void one_bad_operation_discards_the_whole_request() {
    stubEmployee(ada());

    assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'},
         {'op': 'replace', 'path': 'active', 'value': 'maybe'}]
        """)), 400, "invalidValue");

    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void the_merge_patch_is_conditional_on_the_version_read() {
    stubEmployee(ada().version(41));
    stubPatch(ada().lastName("King").version(42));

    assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'}]
        """)), 200);

    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withHeader("If-Match", equalTo("\"41\""))
        .withHeader("Authorization", equalTo("Bearer " + SERVICE_KEY))
        .withRequestBody(equalToJson("{\"last_name\": \"King\"}")));
  }
}
