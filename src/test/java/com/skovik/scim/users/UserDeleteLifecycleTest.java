package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

/** {@code DELETE /Users/{id}}: 204, then the user is gone, and its email free again. */
class UserDeleteLifecycleTest extends UserGatewayTest {

  @Test
  void a_user_is_deleted_with_one_upstream_call_and_answered_204_without_body() {
    stubDelete("emp_ada");

    ScimResponse response = send(HttpMethod.DELETE, USERS + "/emp_ada", null, "X-Request-Id", "req-del-1");

    assertThat(response.status()).isEqualTo(204);
    assertThat(response.rawBody()).isEmpty();
    assertThat(response.header("ETag")).isNull();
    skovik.verify(deleteRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withHeader("Authorization", equalTo("Bearer " + SERVICE_KEY))
        .withHeader("X-Request-Id", equalTo("req-del-1")));
    assertThat(employeeCalls()).containsExactly("DELETE emp_ada");
  }

  @Test
  void a_deleted_user_is_then_not_found_to_read_nor_to_delete_again() {
    skovik.stubFor(delete(urlPathEqualTo(employeePath("emp_ada"))).inScenario("delete")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(204))
        .willSetStateTo("deleted"));
    skovik.stubFor(delete(urlPathEqualTo(employeePath("emp_ada"))).inScenario("delete")
        .whenScenarioStateIs("deleted").willReturn(skovikError(404, "not_found", null)));
    stubEmployeeNotFound("emp_ada");

    assertThat(gateway.delete(USERS + "/emp_ada").status()).isEqualTo(204);

    assertScimError(gateway.get(USERS + "/emp_ada"), 404, null);
    assertScimError(gateway.delete(USERS + "/emp_ada"), 404, null);
    assertThat(employeeCalls()).containsExactly("DELETE emp_ada", "GET emp_ada", "DELETE emp_ada");
  }

  @Test
  void deleting_an_unknown_user_is_a_scim_404() {
    skovik.stubFor(delete(urlPathEqualTo(employeePath("emp_nobody")))
        .willReturn(skovikError(404, "not_found", null)));

    assertScimError(gateway.delete(USERS + "/emp_nobody"), 404, null);
  }

  @Test
  void an_archived_user_can_be_deleted() {
    stubEmployee(ada().archived().version(5));
    stubDelete("emp_ada");

    ScimResponse response = send(HttpMethod.DELETE, USERS + "/emp_ada", null, "If-Match", "W/\"5\"");

    assertThat(response.status()).isEqualTo(204);
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "DELETE emp_ada");
  }

  @Test
  void after_a_delete_the_same_email_can_be_provisioned_again() {
    stubDelete("emp_ada");
    stubCreate(ada().nextVersion().version(1));
    assertThat(gateway.delete(USERS + "/emp_ada").status()).isEqualTo(204);

    ScimResponse created = gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """));

    assertUser(created, 201);
    assertThat(employeeCalls()).containsExactly("DELETE emp_ada", "POST");
  }

  @Test
  void an_entra_soft_delete_then_hard_delete_sequence_ends_in_404() {
    skovik.stubFor(get(urlPathEqualTo(employeePath("emp_ada"))).inScenario("entra")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(ada().encode())));
    stubArchive(ada().archived().nextVersion());
    skovik.stubFor(delete(urlPathEqualTo(employeePath("emp_ada"))).inScenario("entra")
        .willReturn(aResponse().withStatus(204)).willSetStateTo("deleted"));
    skovik.stubFor(get(urlPathEqualTo(employeePath("emp_ada"))).inScenario("entra")
        .whenScenarioStateIs("deleted").willReturn(skovikError(404, "not_found", null)));

    assertThat(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'Replace', 'path': 'active', 'value': 'False'}]
        """)).status()).isEqualTo(200);
    assertThat(gateway.delete(USERS + "/emp_ada").status()).isEqualTo(204);
    assertScimError(gateway.get(USERS + "/emp_ada"), 404, null);
  }
}
