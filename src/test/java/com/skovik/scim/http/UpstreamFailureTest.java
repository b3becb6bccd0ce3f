package com.skovik.scim.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.skovik.scim.support.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.WireMockGatewayTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * When Skovik fails, the client learns which way (502, 503, 504, or 429 with its wait) and
 * nothing of what Skovik said: upstream bodies carry a marker that must never reach a detail.
 * The gateway under test allows 800 ms per call and 2 s per logical call.
 */
class UpstreamFailureTest extends WireMockGatewayTest {

  private static final String SECRET = "upstream-secret-5a1e";
  private static final String USER = "/scim/v2/Users/emp_ada";
  private static final String EMPLOYEE = COMPANY_PATH + "/employees/emp_ada";

  @Test
  void html_502_page_from_skovik_is_502() {
    stubEmployee(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
        .withBody("<html><body>Bad gateway " + SECRET + "</body></html>"));

    ScimResponse response = gateway.get(USER);

    assertScimError(response, 502);
    assertThat(response.rawBody()).doesNotContain(SECRET);
    assertThat(skovik.findAll(getRequestedFor(urlPathEqualTo(EMPLOYEE))))
        .as("a GET is retried before giving up").hasSizeGreaterThan(1);
  }

  @Test
  void skovik_500_is_502() {
    stubEmployee(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
        .withBody(error("internal", "NullPointerException at " + SECRET)));

    ScimResponse response = gateway.get(USER);

    assertScimError(response, 502);
    assertThat(response.rawBody()).doesNotContain(SECRET).doesNotContain("NullPointer");
  }

  @Test
  void skovik_503_is_503() {
    stubEmployee(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
        .withBody(error("unavailable", SECRET)));

    ScimResponse response = gateway.get(USER);

    assertScimError(response, 503);
    assertThat(response.rawBody()).doesNotContain(SECRET);
  }

  @Test
  void connection_reset_by_skovik_is_503() {
    stubEmployee(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    ScimResponse response = gateway.get(USER);

    assertScimError(response, 503);
  }

  @Test
  void skovik_slower_than_the_call_timeout_is_504() {
    stubEmployee(aResponse().withStatus(200).withFixedDelay(1_500)
        .withHeader("Content-Type", "application/json").withBody("{}"));

    ScimResponse response = gateway.get(USER);

    assertScimError(response, 504);
  }

  @Test
  void skovik_504_is_504() {
    stubEmployee(aResponse().withStatus(504).withBody(SECRET));

    ScimResponse response = gateway.get(USER);

    assertScimError(response, 504);
    assertThat(response.rawBody()).doesNotContain(SECRET);
  }

  @Test
  void success_status_with_an_html_body_is_502() {
    stubEmployee(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
        .withBody("<html>" + SECRET + "</html>"));

    ScimResponse response = gateway.get(USER);

    assertScimError(response, 502);
    assertThat(response.rawBody()).doesNotContain(SECRET);
  }

  @Test
  void skovik_refusing_the_service_key_is_502_without_its_message() {
    stubEmployee(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody(error("unauthorized", "service key sk_live_" + SECRET + " is not valid")));

    ScimResponse response = gateway.get(USER);

    assertScimError(response, 502);
    assertThat(response.header("WWW-Authenticate")).as("not the client's token at fault").isNull();
    assertThat(response.rawBody()).doesNotContain(SECRET);
  }

  @Test
  void skovik_rate_limit_is_429_with_its_retry_after() {
    stubEmployee(aResponse().withStatus(429).withHeader("Retry-After", "7")
        .withHeader("Content-Type", "application/json").withBody(error("rate_limited", SECRET)));

    ScimResponse response = gateway.get(USER);

    assertScimError(response, 429);
    assertThat(response.header("Retry-After")).isEqualTo("7");
    assertThat(response.rawBody()).doesNotContain(SECRET);
    skovik.verify(1, getRequestedFor(urlPathEqualTo(EMPLOYEE)));
  }

  private void stubEmployee(ResponseDefinitionBuilder answer) {
    skovik.stubFor(get(urlPathEqualTo(EMPLOYEE)).willReturn(answer));
  }

  private static String error(String code, String message) {
    return new JsonObject().put("error", new JsonObject().put("code", code).put("message", message)
        .put("details", new JsonObject().put("trace", SECRET))).encode();
  }
}
