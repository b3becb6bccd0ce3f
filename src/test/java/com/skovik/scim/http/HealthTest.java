package com.skovik.scim.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.skovik.scim.support.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;

/**
 * {@code /health/live} and {@code /health/ready}, outside {@code /scim/v2} and without a token:
 * ready means Skovik answers and the token signing keys are loaded.
 */
class HealthTest extends WireMockGatewayTest {

  private static final String JWKS = API + "/scim/jwks";

  @Test
  void live_answers_200_without_a_token() {
    ScimResponse response = gateway.withToken(null).get("/health/live");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("status").asText()).isEqualTo("UP");
    assertThat(response.header("X-Request-Id")).isNotBlank();
    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void live_ignores_even_a_bad_token() {
    ScimResponse response = gateway.withToken("garbage").get("/health/live");

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void ready_answers_200_when_skovik_answers_and_keys_are_loaded() {
    ScimResponse response = gateway.withToken(null).get("/health/ready");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().path("status").asText()).isEqualTo("UP");
    assertThat(response.json().path("checks").path("skovikApi").asText()).isEqualTo("UP");
    assertThat(response.json().path("checks").path("signingKeys").asText()).isEqualTo("UP");
  }

  @Test
  void ready_asks_skovik_each_time_and_never_for_a_company() {
    gateway.withToken(null).get("/health/ready");
    gateway.withToken(null).get("/health/ready");

    assertThat(skovik.findAll(getRequestedFor(urlPathEqualTo(JWKS)))).hasSizeGreaterThanOrEqualTo(3);
    skovik.verify(0, getRequestedFor(urlPathEqualTo(COMPANY_PATH + "/identity-providers/" + IDP)));
  }

  @Test
  void ready_answers_503_when_the_jwks_endpoint_fails() {
    skovik.stubFor(get(urlPathEqualTo(JWKS)).willReturn(aResponse().withStatus(500)));

    ScimResponse response = gateway.withToken(null).get("/health/ready");

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.json().path("status").asText()).isEqualTo("DOWN");
    assertThat(response.json().path("checks").path("skovikApi").asText()).isEqualTo("DOWN");
  }

  @Test
  void ready_answers_503_when_skovik_cannot_be_reached() {
    skovik.stubFor(get(urlPathEqualTo(JWKS))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ScimResponse response = gateway.withToken(null).get("/health/ready");

    assertThat(response.status()).isEqualTo(503);
  }

  @Test
  void wrong_method_on_health_is_a_scim_405_with_allow() {
    ScimResponse response = gateway.withToken(null).post("/health/live", "{}");

    assertScimError(response, 405);
    assertThat(response.header("Allow")).isEqualTo("GET");
  }
}
