package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.skovik.scim.config.GatewayConfig;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Connection resets, slow answers and 502/503/504 bursts: idempotent calls (GET, the
 * conditional PATCH, the keyed create, archive, DELETE) are retried within the budget and then
 * succeed; a retried create carries the same {@code Idempotency-Key}; an exhausted budget is a
 * 502, 503 or 504 SCIM error. Timings are small: 300 ms per call, 1.5 s in all.
 */
class UserRetryUpstreamFailureTest extends UserGatewayTest {

  private static final String ADA = json("""
      {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
       'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
      """);
  private static final String KING = patchBody("""
      [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'}]
      """);

  @Override
  protected GatewayConfig config() {
    return super.config().withUpstreamTiming(Duration.ofMillis(300), Duration.ofMillis(1_500));
  }

  // ---- retried, then successful ------------------------------------------------------------

  @ParameterizedTest(name = "two answers {0}, then 200")
  @ValueSource(ints = {502, 503, 504})
  void a_read_meeting_a_burst_of_5xx_is_retried_and_succeeds(int status) {
    failFirst(() -> get(urlPathEqualTo(employeePath("emp_ada"))), 2, aResponse().withStatus(status),
        okJson(ada().encode()));

    assertUser(gateway.get(USERS + "/emp_ada"), 200);

    skovik.verify(exactly(3), getRequestedFor(urlPathEqualTo(employeePath("emp_ada"))));
  }

  @Test
  void a_read_meeting_a_connection_reset_is_retried_and_succeeds() {
    failFirst(() -> get(urlPathEqualTo(employeePath("emp_ada"))), 1,
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(ada().encode()));

    assertUser(gateway.get(USERS + "/emp_ada"), 200);

    skovik.verify(exactly(2), getRequestedFor(urlPathEqualTo(employeePath("emp_ada"))));
  }

  @Test
  void a_read_answered_later_than_the_call_timeout_is_retried_and_succeeds() {
    failFirst(() -> get(urlPathEqualTo(employeePath("emp_ada"))), 1,
        okJson(ada().encode()).withFixedDelay(1_000), okJson(ada().encode()));

    assertUser(gateway.get(USERS + "/emp_ada"), 200);

    skovik.verify(exactly(2), getRequestedFor(urlPathEqualTo(employeePath("emp_ada"))));
  }

  @ParameterizedTest(name = "first attempt: {0}")
  @ValueSource(strings = {"503", "reset", "timeout"})
  void a_retried_create_carries_the_same_idempotency_key_and_body(String firstAttempt) {
    ResponseDefinitionBuilder failure = switch (firstAttempt) {
      case "503" -> aResponse().withStatus(503);
      case "reset" -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
      default -> json(201, ada().version(1)).withFixedDelay(1_000);
    };
    failFirst(() -> post(urlPathEqualTo(EMPLOYEES)), 1, failure, json(201, ada().version(1)));

    assertUser(gateway.post(USERS, ADA), 201);

    List<LoggedRequest> creates = skovik.findAll(postRequestedFor(urlPathEqualTo(EMPLOYEES)));
    assertThat(creates).hasSize(2);
    String key = creates.get(0).getHeader("Idempotency-Key");
    assertThat(key).isNotBlank();
    assertThat(creates.get(1).getHeader("Idempotency-Key")).isEqualTo(key);
    assertThat(creates.get(1).getBodyAsString()).isEqualTo(creates.get(0).getBodyAsString());
  }

  @Test
  void a_conditional_write_meeting_a_503_is_retried_with_the_same_if_match() {
    stubEmployee(ada());
    failFirst(() -> patch(urlPathEqualTo(employeePath("emp_ada"))), 1, aResponse().withStatus(503),
        json(200, ada().lastName("King").nextVersion()));

    JsonNode user = assertUser(gateway.patch(USERS + "/emp_ada", KING), 200);

    assertThat(user.path("name").path("familyName").asText()).isEqualTo("King");
    List<LoggedRequest> writes = skovik.findAll(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada"))));
    assertThat(writes).extracting(write -> write.getHeader("If-Match")).containsExactly("\"4\"", "\"4\"");
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "PATCH emp_ada", "PATCH emp_ada");
  }

  @Test
  void an_archive_meeting_a_connection_reset_is_retried() {
    stubEmployee(ada());
    failFirst(() -> post(urlPathEqualTo(employeePath("emp_ada") + "/archive")), 1,
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(200, ada().archived().nextVersion()));

    JsonNode user = assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'active', 'value': false}]
        """)), 200);

    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "POST emp_ada/archive", "POST emp_ada/archive");
  }

  @Test
  void a_delete_whose_first_attempt_may_have_worked_counts_a_later_404_as_done() {
    failFirst(() -> delete(urlPathEqualTo(employeePath("emp_ada"))), 1,
        aResponse().withFixedDelay(1_000).withStatus(204), skovikError(404, "not_found", null));

    ScimResponse response = gateway.delete(USERS + "/emp_ada");

    assertThat(response.status()).isEqualTo(204);
    skovik.verify(exactly(2), deleteRequestedFor(urlPathEqualTo(employeePath("emp_ada"))));
  }

  // ---- budget exhausted --------------------------------------------------------------------

  @ParameterizedTest(name = "always {0}")
  @ValueSource(ints = {502, 503, 504})
  void a_read_that_keeps_failing_is_the_same_5xx_as_a_scim_error(int status) {
    skovik.stubFor(get(urlPathEqualTo(employeePath("emp_ada")))
        .willReturn(aResponse().withStatus(status).withBody("<html>upstream page</html>")));

    JsonNode error = assertScimError(gateway.get(USERS + "/emp_ada"), status, null);

    assertThat(error.path("detail").asText()).doesNotContain("html").doesNotContain("upstream page");
    assertThat(skovik.findAll(getRequestedFor(urlPathEqualTo(employeePath("emp_ada")))).size())
        .as("attempts within the budget").isBetween(2, 15);
  }

  @Test
  void a_read_that_keeps_timing_out_is_a_504() {
    skovik.stubFor(get(urlPathEqualTo(employeePath("emp_ada")))
        .willReturn(okJson(ada().encode()).withFixedDelay(1_000)));

    assertScimError(gateway.get(USERS + "/emp_ada"), 504, null);

    assertThat(skovik.findAll(getRequestedFor(urlPathEqualTo(employeePath("emp_ada")))).size())
        .isBetween(2, 5);
  }

  @Test
  void a_read_whose_connection_keeps_breaking_is_a_5xx_scim_error() {
    skovik.stubFor(get(urlPathEqualTo(employeePath("emp_ada")))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ScimResponse response = gateway.get(USERS + "/emp_ada");

    assertThat(response.status()).isIn(502, 503);
    assertScimError(response, response.status(), null);
  }

  @Test
  void a_create_that_keeps_meeting_503_is_a_503_and_every_attempt_had_the_same_key() {
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).willReturn(aResponse().withStatus(503)));

    assertScimError(gateway.post(USERS, ADA), 503, null);

    List<LoggedRequest> creates = skovik.findAll(postRequestedFor(urlPathEqualTo(EMPLOYEES)));
    assertThat(creates.size()).isGreaterThanOrEqualTo(2);
    assertThat(creates).extracting(create -> create.getHeader("Idempotency-Key")).containsOnly(
        creates.get(0).getHeader("Idempotency-Key"));
  }

  @Test
  void a_write_that_keeps_meeting_503_is_a_503_and_nothing_is_archived() {
    stubEmployee(ada());
    skovik.stubFor(patch(urlPathEqualTo(employeePath("emp_ada"))).willReturn(aResponse().withStatus(503)));

    assertScimError(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'},
         {'op': 'replace', 'path': 'active', 'value': false}]
        """)), 503, null);

    skovik.verify(exactly(0), postRequestedFor(urlPathEqualTo(employeePath("emp_ada") + "/archive")));
  }

  /** The first {@code times} calls answer {@code failure}, every later one {@code success}. */
  private void failFirst(Supplier<MappingBuilder> request, int times,
      ResponseDefinitionBuilder failure, ResponseDefinitionBuilder success) {
    String scenario = "fail first " + times;
    for (int i = 0; i < times; i++) {
      skovik.stubFor(request.get().inScenario(scenario)
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed " + i)
          .willReturn(failure).willSetStateTo("failed " + (i + 1)));
    }
    skovik.stubFor(request.get().inScenario(scenario).whenScenarioStateIs("failed " + times).willReturn(success));
  }
}
