package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client's {@code If-Match} on PUT, PATCH and DELETE: the weak form from {@code ETag} and
 * {@code meta.version}, the strong form, {@code *}; {@code 412} when stale, with nothing written.
 */
class ConditionalRequestLifecycleTest extends UserGatewayTest {

  private static final String FAMILY_NAME_KING = patchBody("""
      [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'}]
      """);
  private static final String ADA_KING = json("""
      {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'King'}}
      """);

  @ParameterizedTest(name = "If-Match: {0}")
  @ValueSource(strings = {"W/\"4\"", "\"4\"", "*", " W/\"4\" "})
  void a_patch_with_a_current_if_match_is_applied(String ifMatch) {
    stubEmployee(ada());
    stubPatch(ada().lastName("King").nextVersion());

    ScimResponse response = send(HttpMethod.PATCH, USERS + "/emp_ada", FAMILY_NAME_KING, "If-Match", ifMatch);

    assertUser(response, 200);
    assertThat(response.header("ETag")).isEqualTo("W/\"5\"");
    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withHeader("If-Match", equalTo("\"4\""))
        .withRequestBody(equalToJson("{\"last_name\": \"King\"}")));
  }

  @ParameterizedTest(name = "If-Match: {0}")
  @ValueSource(strings = {"W/\"3\"", "\"3\"", "W/\"40\""})
  void a_patch_with_a_stale_if_match_is_a_412_and_writes_nothing(String ifMatch) {
    stubEmployee(ada());

    JsonNode error = assertScimError(
        send(HttpMethod.PATCH, USERS + "/emp_ada", FAMILY_NAME_KING, "If-Match", ifMatch), 412, null);

    assertThat(error.path("detail").asText()).contains("version");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void a_put_with_the_etag_it_read_is_applied() {
    stubEmployee(ada());
    stubPatch(ada().lastName("King").nextVersion());
    String etag = gateway.get(USERS + "/emp_ada").header("ETag");

    assertUser(send(HttpMethod.PUT, USERS + "/emp_ada", ADA_KING, "If-Match", etag), 200);

    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withHeader("If-Match", equalTo("\"4\"")));
  }

  @Test
  void a_put_with_a_stale_if_match_is_a_412_and_writes_nothing() {
    stubEmployee(ada());

    assertScimError(send(HttpMethod.PUT, USERS + "/emp_ada", ADA_KING, "If-Match", "W/\"2\""), 412, null);

    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void a_delete_with_a_stale_if_match_is_a_412_and_deletes_nothing() {
    stubEmployee(ada());

    assertScimError(send(HttpMethod.DELETE, USERS + "/emp_ada", null, "If-Match", "W/\"3\""), 412, null);

    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void a_delete_with_a_current_if_match_reads_then_deletes() {
    stubEmployee(ada());
    stubDelete("emp_ada");

    ScimResponse response = send(HttpMethod.DELETE, USERS + "/emp_ada", null, "If-Match", "\"4\"");

    assertThat(response.status()).isEqualTo(204);
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "DELETE emp_ada");
  }

  @Test
  void a_write_that_meets_412_after_a_client_if_match_is_answered_412_and_not_applied_again() {
    stubEmployee(ada());
    skovik.stubFor(patch(urlPathEqualTo(employeePath("emp_ada")))
        .willReturn(skovikError(412, "version_mismatch", new JsonObject().put("current_version", 5))));

    assertScimError(send(HttpMethod.PATCH, USERS + "/emp_ada", FAMILY_NAME_KING, "If-Match", "W/\"4\""),
        412, null);

    assertThat(employeeCalls()).containsExactly("GET emp_ada", "PATCH emp_ada");
  }

  @Test
  void a_malformed_if_match_is_refused_before_any_upstream_call() {
    assertScimError(send(HttpMethod.PATCH, USERS + "/emp_ada", FAMILY_NAME_KING, "If-Match", "version 4"),
        400, null);

    assertThat(employeeCalls()).isEmpty();
  }
}
