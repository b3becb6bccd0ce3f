package com.skovik.scim.skovik;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.skovik.scim.skovik.SkovikUnavailableException.Kind;
import io.vertx.junit5.VertxTestContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which failures are retried, for which calls, and what is reported when the budget runs out. */
class HttpSkovikClientRetryTest extends WireMockClientTest {

  private static final String EMPLOYEE = API + "/companies/cmp_acme/employees/emp_7Hq2";
  private static final String EMPLOYEES = API + "/companies/cmp_acme/employees";
  private static final EmployeePatch RENAME = EmployeePatch.builder().firstName("Augusta").build();

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse().withStatus(status);
  }

  private static ResponseDefinitionBuilder reset() {
    return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
  }

  @Test
  void a_burst_of_503_then_200_succeeds_after_as_many_calls(VertxTestContext test) {
    stubSequence(() -> get(urlEqualTo(EMPLOYEE)),
        status(503), status(503), status(503), json(200, "employee.json"));

    expectSuccess(test, client.employee(CTX, "cmp_acme", "emp_7Hq2"), employee -> {
      assertThat(employee.id()).isEqualTo("emp_7Hq2");
      upstream.verify(4, getRequestedFor(urlEqualTo(EMPLOYEE))
          .withHeader("X-Request-Id", equalTo("req-42"))
          .withHeader("Authorization", equalTo(BEARER)));
    });
  }

  @Test
  void no_call_runs_past_the_deadline_of_the_scim_request_that_caused_it(VertxTestContext test) {
    HttpSkovikClient patient = newClient(options(Duration.ofSeconds(2), Duration.ofSeconds(5)));
    upstream.stubFor(get(urlEqualTo(EMPLOYEE)).willReturn(json(200, "employee.json").withFixedDelay(1500)));
    CallContext almostOutOfTime = CallContext.withBudget("req-late", Duration.ofMillis(300));

    expectFailure(test, patient.employee(almostOutOfTime, "cmp_acme", "emp_7Hq2"),
        SkovikUnavailableException.class, error -> {
          // One attempt, cut at the request's deadline instead of the 2 s call timeout.
          assertThat(error.kind()).isEqualTo(Kind.TIMEOUT);
          upstream.verify(1, getRequestedFor(urlEqualTo(EMPLOYEE)));
        });
  }

  @Test
  void nothing_is_sent_once_the_scim_request_is_out_of_time(VertxTestContext test) {
    CallContext outOfTime = CallContext.withBudget("req-late", Duration.ofMillis(10));

    expectFailure(test, client.patchEmployee(outOfTime, "cmp_acme", "emp_7Hq2", RENAME, 4L),
        SkovikUnavailableException.class, error -> {
          assertThat(error.kind()).isEqualTo(Kind.TIMEOUT);
          assertThat(error.attempts()).isZero();
          upstream.verify(0, patchRequestedFor(urlEqualTo(EMPLOYEE)));
        });
  }

  @Test
  void a_connection_reset_is_retried_for_a_get(VertxTestContext test) {
    stubSequence(() -> get(urlEqualTo(EMPLOYEE)), reset(), json(200, "employee.json"));

    expectSuccess(test, client.employee(CTX, "cmp_acme", "emp_7Hq2"),
        employee -> upstream.verify(2, getRequestedFor(urlEqualTo(EMPLOYEE))));
  }

  @Test
  void a_502_and_a_504_are_retried_too(VertxTestContext test) {
    stubSequence(() -> get(urlEqualTo(EMPLOYEE)), status(502), status(504), json(200, "employee.json"));

    expectSuccess(test, client.employee(CTX, "cmp_acme", "emp_7Hq2"),
        employee -> upstream.verify(3, getRequestedFor(urlEqualTo(EMPLOYEE))));
  }

  @Test
  void an_answer_slower_than_the_call_timeout_is_retried_then_reported_as_a_timeout(VertxTestContext test) {
    HttpSkovikClient impatient = newClient(options(Duration.ofMillis(300), Duration.ofMillis(800)));
    upstream.stubFor(get(urlEqualTo(EMPLOYEE)).willReturn(json(200, "employee.json").withFixedDelay(1500)));

    expectFailure(test, impatient.employee(CTX, "cmp_acme", "emp_7Hq2"), SkovikUnavailableException.class,
        error -> {
          assertThat(error.kind()).isEqualTo(Kind.TIMEOUT);
          assertThat(error.kind().gatewayStatus()).isEqualTo(504);
          assertThat(error.attempts()).isGreaterThanOrEqualTo(2);
          assertThat(error.lastStatus()).isNull();
          upstream.verify(error.attempts(), getRequestedFor(urlEqualTo(EMPLOYEE)));
          impatient.close();
        });
  }

  @Test
  void a_slow_answer_within_the_budget_is_retried_until_a_fast_one_succeeds(VertxTestContext test) {
    HttpSkovikClient impatient = newClient(options(Duration.ofMillis(300), Duration.ofSeconds(3)));
    stubSequence(() -> get(urlEqualTo(EMPLOYEE)),
        json(200, "employee.json").withFixedDelay(1500), json(200, "employee.json"));

    expectSuccess(test, impatient.employee(CTX, "cmp_acme", "emp_7Hq2"), employee -> {
      assertThat(employee.id()).isEqualTo("emp_7Hq2");
      impatient.close();
    });
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"502, BAD_GATEWAY", "503, UNAVAILABLE", "504, GATEWAY_TIMEOUT"})
  void an_exhausted_budget_reports_the_kind_of_the_last_answer(int status, Kind kind, VertxTestContext test) {
    upstream.stubFor(get(urlEqualTo(EMPLOYEE)).willReturn(status(status)));
    HttpSkovikClient brief = newClient(options(Duration.ofSeconds(1), Duration.ofMillis(1300)));

    expectFailure(test, brief.employee(CTX, "cmp_acme", "emp_7Hq2"), SkovikUnavailableException.class,
        error -> {
          assertThat(error.kind()).isEqualTo(kind);
          assertThat(error.lastStatus()).isEqualTo(status);
          assertThat(error.attempts()).isGreaterThan(1);
          upstream.verify(error.attempts(), getRequestedFor(urlEqualTo(EMPLOYEE)));
          brief.close();
        });
  }

  @Test
  void connection_resets_that_outlast_the_budget_are_a_connection_failure(VertxTestContext test) {
    upstream.stubFor(get(urlEqualTo(EMPLOYEE)).willReturn(reset()));
    HttpSkovikClient brief = newClient(options(Duration.ofSeconds(1), Duration.ofMillis(1300)));

    expectFailure(test, brief.employee(CTX, "cmp_acme", "emp_7Hq2"), SkovikUnavailableException.class,
        error -> {
          assertThat(error.kind()).isEqualTo(Kind.CONNECTION);
          assertThat(error.kind().gatewayStatus()).isEqualTo(503);
          assertThat(error.attempts()).isGreaterThan(1);
          assertThat(error.getCause()).isNotNull();
          upstream.verify(error.attempts(), getRequestedFor(urlEqualTo(EMPLOYEE)));
          brief.close();
        });
  }

  @Test
  void a_refused_connection_is_retried_then_reported_as_a_connection_failure(VertxTestContext test)
      throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    HttpSkovikClient nowhere = newClient(new SkovikClientOptions(URI.create("http://127.0.0.1:" + closedPort),
        SERVICE_KEY, Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofMillis(800),
        Duration.ofMillis(5), Duration.ofMillis(20), 2));

    expectFailure(test, nowhere.employee(CTX, "cmp_acme", "emp_7Hq2"), SkovikUnavailableException.class,
        error -> {
          assertThat(error.kind()).isEqualTo(Kind.CONNECTION);
          assertThat(error.attempts()).isGreaterThan(1);
          nowhere.close();
        });
  }

  @Test
  void no_retry_starts_when_a_whole_attempt_would_not_fit_in_the_budget(VertxTestContext test) {
    upstream.stubFor(get(urlEqualTo(EMPLOYEE)).willReturn(status(503)));
    HttpSkovikClient tight = newClient(options(Duration.ofMillis(500), Duration.ofMillis(500)));

    expectFailure(test, tight.employee(CTX, "cmp_acme", "emp_7Hq2"), SkovikUnavailableException.class,
        error -> {
          assertThat(error.attempts()).isEqualTo(1);
          upstream.verify(1, getRequestedFor(urlEqualTo(EMPLOYEE)));
          tight.close();
        });
  }

  @Test
  void a_retried_create_sends_the_same_idempotency_key_and_body_every_time(VertxTestContext test) {
    stubSequence(() -> post(urlEqualTo(EMPLOYEES)), status(503), reset(), json(201, "employee-created.json"));
    NewEmployee grace = new NewEmployee("grace+scim@example.com", "Grace", "Hopper", "br_oslo",
        null, "okta-00u1", Map.of("cf_cost_center", TextNode.valueOf("4410")));

    expectSuccess(test, client.createEmployee(CTX, "cmp_acme", grace, "idem-7f3a"), created -> {
      assertThat(created.id()).isEqualTo("emp_9Zx1");
      upstream.verify(3, postRequestedFor(urlEqualTo(EMPLOYEES))
          .withHeader("Idempotency-Key", equalTo("idem-7f3a"))
          .withRequestBody(equalToJson(
              "{\"email\":\"grace+scim@example.com\",\"first_name\":\"Grace\",\"last_name\":\"Hopper\","
                  + "\"branch_id\":\"br_oslo\",\"external_id\":\"okta-00u1\","
                  + "\"custom_fields\":{\"cf_cost_center\":\"4410\"}}")));
      assertThat(upstream.getAllServeEvents()).hasSize(3);
    });
  }

  @Test
  void a_patch_without_if_match_is_not_retried(VertxTestContext test) {
    upstream.stubFor(patch(urlEqualTo(EMPLOYEE)).willReturn(status(503)));

    expectFailure(test, client.patchEmployee(CTX, "cmp_acme", "emp_7Hq2", RENAME, null),
        SkovikUnavailableException.class, error -> {
          assertThat(error.kind()).isEqualTo(Kind.UNAVAILABLE);
          assertThat(error.attempts()).isEqualTo(1);
          upstream.verify(1, patchRequestedFor(urlEqualTo(EMPLOYEE)));
        });
  }

  @Test
  void a_patch_without_if_match_is_not_retried_after_a_connection_reset(VertxTestContext test) {
    upstream.stubFor(patch(urlEqualTo(EMPLOYEE)).willReturn(reset()));

    expectFailure(test, client.patchEmployee(CTX, "cmp_acme", "emp_7Hq2", RENAME, null),
        SkovikUnavailableException.class, error -> {
          assertThat(error.kind()).isEqualTo(Kind.CONNECTION);
          upstream.verify(1, patchRequestedFor(urlEqualTo(EMPLOYEE)));
        });
  }

  @Test
  void a_patch_with_if_match_is_retried_with_the_same_version(VertxTestContext test) {
    stubSequence(() -> patch(urlEqualTo(EMPLOYEE)), status(503), json(200, "employee.json"));

    expectSuccess(test, client.patchEmployee(CTX, "cmp_acme", "emp_7Hq2", RENAME, 4L),
        employee -> upstream.verify(2, patchRequestedFor(urlEqualTo(EMPLOYEE))
            .withHeader("If-Match", equalTo("\"4\""))
            .withRequestBody(equalToJson("{\"first_name\":\"Augusta\"}"))));
  }

  @Test
  void an_archive_is_retried(VertxTestContext test) {
    stubSequence(() -> post(urlEqualTo(EMPLOYEE + "/archive")), status(504), json(200, "employee-archived.json"));

    expectSuccess(test, client.archiveEmployee(CTX, "cmp_acme", "emp_7Hq2"), employee -> {
      assertThat(employee.status()).isEqualTo(EmployeeStatus.ARCHIVED);
      upstream.verify(2, postRequestedFor(urlEqualTo(EMPLOYEE + "/archive")));
    });
  }

  @Test
  void a_delete_answered_404_after_an_attempt_with_unknown_outcome_succeeds(VertxTestContext test) {
    stubSequence(() -> delete(urlEqualTo(EMPLOYEE)), status(503), json(404, "errors/not_found.json"));

    expectSuccess(test, client.deleteEmployee(CTX, "cmp_acme", "emp_7Hq2"),
        nothing -> upstream.verify(2, deleteRequestedFor(urlEqualTo(EMPLOYEE))));
  }

  @Test
  void a_delete_answered_404_after_a_connection_reset_succeeds(VertxTestContext test) {
    stubSequence(() -> delete(urlEqualTo(EMPLOYEE)), reset(), json(404, "errors/not_found.json"));

    expectSuccess(test, client.deleteEmployee(CTX, "cmp_acme", "emp_7Hq2"),
        nothing -> upstream.verify(2, deleteRequestedFor(urlEqualTo(EMPLOYEE))));
  }

  @Test
  void a_delete_answered_404_at_once_is_not_found(VertxTestContext test) {
    upstream.stubFor(delete(urlEqualTo(EMPLOYEE)).willReturn(json(404, "errors/not_found.json")));

    expectFailure(test, client.deleteEmployee(CTX, "cmp_acme", "emp_7Hq2"), SkovikApiException.class,
        error -> {
          assertThat(error.code()).isEqualTo(SkovikApiException.NOT_FOUND);
          upstream.verify(1, deleteRequestedFor(urlEqualTo(EMPLOYEE)));
        });
  }

  @Test
  void a_429_is_not_retried(VertxTestContext test) {
    upstream.stubFor(delete(urlEqualTo(EMPLOYEE))
        .willReturn(json(429, "errors/rate_limited.json").withHeader("Retry-After", "3")));

    expectFailure(test, client.deleteEmployee(CTX, "cmp_acme", "emp_7Hq2"), SkovikApiException.class,
        error -> {
          assertThat(error.retryAfterSeconds()).isEqualTo(3L);
          upstream.verify(1, deleteRequestedFor(urlEqualTo(EMPLOYEE)));
        });
  }
}
