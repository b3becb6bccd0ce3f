package com.skovik.scim.skovik;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.skovik.SkovikUnavailableException.Kind;
import io.vertx.junit5.VertxTestContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Non-2xx answers and bodies that cannot be read become typed exceptions, never decode errors. */
class HttpSkovikClientErrorsTest extends WireMockClientTest {

  private static final String EMPLOYEE = API + "/companies/cmp_acme/employees/emp_7Hq2";
  private static final EmployeePatch RENAME = EmployeePatch.builder().firstName("Augusta").build();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "400, bad_request",
      "401, unauthorized",
      "404, not_found",
      "409, email_taken",
      "409, employee_archived",
      "412, version_mismatch",
      "422, validation_failed",
      "429, rate_limited"})
  void each_error_answer_becomes_an_api_exception_with_its_status_and_code(int status, String code,
      VertxTestContext test) {
    upstream.stubFor(patch(urlEqualTo(EMPLOYEE)).willReturn(json(status, "errors/" + code + ".json")));

    expectFailure(test, client.patchEmployee(CTX, "cmp_acme", "emp_7Hq2", RENAME, 4L),
        SkovikApiException.class, error -> {
          assertThat(error.status()).isEqualTo(status);
          assertThat(error.code()).isEqualTo(code);
          assertThat(error.hasCode(code)).isTrue();
          assertThat(error.upstreamMessage()).isNotBlank();
          assertThat(error.getMessage()).isEqualTo(
              "Skovik API answered " + status + " " + code + " to employee.patch");
          upstream.verify(1, patchRequestedFor(urlEqualTo(EMPLOYEE)));
        });
  }

  @Test
  void email_taken_names_the_holder_without_putting_the_email_in_the_message(VertxTestContext test) {
    upstream.stubFor(post(urlEqualTo(API + "/companies/cmp_acme/employees"))
        .willReturn(json(409, "errors/email_taken.json")));
    NewEmployee ada = new NewEmployee("ada.lovelace@example.com", "Ada", "Lovelace", "br_oslo",
        null, null, Map.of());

    expectFailure(test, client.createEmployee(CTX, "cmp_acme", ada, "idem-1"), SkovikApiException.class,
        error -> {
          assertThat(error.detail("employee_id")).contains("emp_1");
          assertThat(error.getMessage()).doesNotContain("ada.lovelace");
          assertThat(error.upstreamMessage()).contains("ada.lovelace@example.com");
        });
  }

  @Test
  void version_mismatch_carries_the_current_version(VertxTestContext test) {
    upstream.stubFor(patch(urlEqualTo(EMPLOYEE)).willReturn(json(412, "errors/version_mismatch.json")));

    expectFailure(test, client.patchEmployee(CTX, "cmp_acme", "emp_7Hq2", RENAME, 4L),
        SkovikApiException.class, error -> {
          assertThat(error.detail("current_version")).contains("5");
          assertThat(error.details().get("current_version").asLong()).isEqualTo(5);
        });
  }

  @Test
  void validation_failed_maps_each_field_to_its_reason(VertxTestContext test) {
    upstream.stubFor(patch(urlEqualTo(EMPLOYEE)).willReturn(json(422, "errors/validation_failed.json")));

    expectFailure(test, client.patchEmployee(CTX, "cmp_acme", "emp_7Hq2", RENAME, 4L),
        SkovikApiException.class, error -> {
          assertThat(error.detail("branch_id")).contains("branch_not_found");
          assertThat(error.detail("custom_fields.cf_12")).contains("invalid_number");
          assertThat(error.detail("email")).isEmpty();
        });
  }

  @Test
  void an_error_without_details_has_empty_details(VertxTestContext test) {
    upstream.stubFor(patch(urlEqualTo(EMPLOYEE)).willReturn(json(401, "errors/unauthorized.json")));

    expectFailure(test, client.patchEmployee(CTX, "cmp_acme", "emp_7Hq2", RENAME, 4L),
        SkovikApiException.class, error -> {
          assertThat(error.details().isEmpty()).isTrue();
          assertThat(error.retryAfterSeconds()).isNull();
        });
  }

  @Test
  void rate_limited_carries_retry_after_seconds_and_is_not_retried(VertxTestContext test) {
    upstream.stubFor(get(urlEqualTo(EMPLOYEE))
        .willReturn(json(429, "errors/rate_limited.json").withHeader("Retry-After", "7")));

    expectFailure(test, client.employee(CTX, "cmp_acme", "emp_7Hq2"), SkovikApiException.class, error -> {
      assertThat(error.code()).isEqualTo(SkovikApiException.RATE_LIMITED);
      assertThat(error.retryAfterSeconds()).isEqualTo(7L);
      upstream.verify(1, getRequestedFor(urlEqualTo(EMPLOYEE)));
    });
  }

  @Test
  void a_retry_after_http_date_is_turned_into_seconds(VertxTestContext test) {
    upstream.stubFor(get(urlEqualTo(EMPLOYEE)).willReturn(json(429, "errors/rate_limited.json")
        .withHeader("Retry-After", "Tue, 01 Dec 2026 10:01:30 GMT")));

    expectFailure(test, client.employee(CTX, "cmp_acme", "emp_7Hq2"), SkovikApiException.class,
        error -> assertThat(error.retryAfterSeconds()).isEqualTo(90L));
  }

  @Test
  void an_error_whose_body_is_not_json_has_code_unknown(VertxTestContext test) {
    upstream.stubFor(get(urlEqualTo(EMPLOYEE)).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "text/plain").withBody("Not Found")));

    expectFailure(test, client.employee(CTX, "cmp_acme", "emp_7Hq2"), SkovikApiException.class, error -> {
      assertThat(error.status()).isEqualTo(404);
      assertThat(error.code()).isEqualTo(SkovikApiException.UNKNOWN);
      assertThat(error.details().isEmpty()).isTrue();
      assertThat(error.upstreamMessage()).isNull();
    });
  }

  @Test
  void an_error_with_an_empty_body_has_code_unknown(VertxTestContext test) {
    upstream.stubFor(get(urlEqualTo(EMPLOYEE)).willReturn(aResponse().withStatus(403)));

    expectFailure(test, client.employee(CTX, "cmp_acme", "emp_7Hq2"), SkovikApiException.class,
        error -> assertThat(error.code()).isEqualTo(SkovikApiException.UNKNOWN));
  }

  @Test
  void an_html_502_page_is_an_upstream_failure_not_a_decode_error(VertxTestContext test) {
    upstream.stubFor(patch(urlEqualTo(EMPLOYEE)).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html").withBody(Fixtures.read("errors/bad-gateway.html"))));

    expectFailure(test, client.patchEmployee(CTX, "cmp_acme", "emp_7Hq2", RENAME, null),
        SkovikUnavailableException.class, error -> {
          assertThat(error.kind()).isEqualTo(Kind.BAD_GATEWAY);
          assertThat(error.kind().gatewayStatus()).isEqualTo(502);
          assertThat(error.lastStatus()).isEqualTo(502);
          assertThat(error.attempts()).isEqualTo(1);
          assertThat(error.getCause()).isNull();
        });
  }

  @Test
  void an_internal_500_is_an_upstream_failure_and_not_retried(VertxTestContext test) {
    upstream.stubFor(get(urlEqualTo(EMPLOYEE)).willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"code\":\"internal\",\"message\":\"boom\"}}")));

    expectFailure(test, client.employee(CTX, "cmp_acme", "emp_7Hq2"), SkovikUnavailableException.class,
        error -> {
          assertThat(error.kind()).isEqualTo(Kind.BAD_GATEWAY);
          assertThat(error.lastStatus()).isEqualTo(500);
          upstream.verify(1, getRequestedFor(urlEqualTo(EMPLOYEE)));
        });
  }

  @Test
  void a_2xx_whose_body_is_not_json_is_an_upstream_failure(VertxTestContext test) {
    upstream.stubFor(get(urlEqualTo(EMPLOYEE)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>")));

    expectFailure(test, client.employee(CTX, "cmp_acme", "emp_7Hq2"), SkovikUnavailableException.class,
        error -> {
          assertThat(error.kind()).isEqualTo(Kind.BAD_GATEWAY);
          assertThat(error.lastStatus()).isEqualTo(200);
        });
  }

  @Test
  void a_2xx_employee_without_its_required_members_is_an_upstream_failure(VertxTestContext test) {
    upstream.stubFor(get(urlEqualTo(EMPLOYEE)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"emp_7Hq2\"}")));

    expectFailure(test, client.employee(CTX, "cmp_acme", "emp_7Hq2"), SkovikUnavailableException.class,
        error -> assertThat(error.kind()).isEqualTo(Kind.BAD_GATEWAY));
  }

  @Test
  void a_2xx_with_an_unknown_status_value_is_an_upstream_failure(VertxTestContext test) {
    String body = Fixtures.read("employee.json").replace("\"active\"", "\"suspended\"");
    upstream.stubFor(get(urlEqualTo(EMPLOYEE)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(body)));

    expectFailure(test, client.employee(CTX, "cmp_acme", "emp_7Hq2"), SkovikUnavailableException.class,
        error -> assertThat(error.kind()).isEqualTo(Kind.BAD_GATEWAY));
  }

  @Test
  void a_key_set_without_keys_is_an_upstream_failure(VertxTestContext test) {
    upstream.stubFor(get(urlEqualTo(API + "/scim/jwks")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"kids\":[]}")));

    expectFailure(test, client.jwks(CTX), SkovikUnavailableException.class,
        error -> assertThat(error.kind()).isEqualTo(Kind.BAD_GATEWAY));
  }

  @Test
  void an_empty_2xx_key_set_is_an_upstream_failure(VertxTestContext test) {
    upstream.stubFor(get(urlEqualTo(API + "/scim/jwks")).willReturn(aResponse().withStatus(200)));

    expectFailure(test, client.jwks(CTX), SkovikUnavailableException.class,
        error -> assertThat(error.kind()).isEqualTo(Kind.BAD_GATEWAY));
  }

  @Test
  void ping_fails_once_without_retry_when_the_service_key_is_refused(VertxTestContext test) {
    upstream.stubFor(get(urlPathEqualTo(API + "/scim/jwks")).willReturn(json(401, "errors/unauthorized.json")));

    expectFailure(test, client.ping(CTX), SkovikApiException.class, error -> {
      assertThat(error.code()).isEqualTo(SkovikApiException.UNAUTHORIZED);
      upstream.verify(1, getRequestedFor(urlEqualTo(API + "/scim/jwks")));
    });
  }

  @Test
  void ping_is_not_retried_when_the_upstream_is_unavailable(VertxTestContext test) {
    upstream.stubFor(get(urlPathEqualTo(API + "/scim/jwks")).willReturn(aResponse().withStatus(503)));

    expectFailure(test, client.ping(CTX), SkovikUnavailableException.class, error -> {
      assertThat(error.kind()).isEqualTo(Kind.UNAVAILABLE);
      assertThat(error.attempts()).isEqualTo(1);
      upstream.verify(1, getRequestedFor(urlEqualTo(API + "/scim/jwks")));
    });
  }

  @Test
  void an_unknown_employee_on_archive_is_not_found(VertxTestContext test) {
    upstream.stubFor(post(urlEqualTo(EMPLOYEE + "/archive")).willReturn(json(404, "errors/not_found.json")));

    expectFailure(test, client.archiveEmployee(CTX, "cmp_acme", "emp_7Hq2"), SkovikApiException.class,
        error -> {
          assertThat(error.code()).isEqualTo(SkovikApiException.NOT_FOUND);
          upstream.verify(1, postRequestedFor(urlEqualTo(EMPLOYEE + "/archive")));
        });
  }
}
