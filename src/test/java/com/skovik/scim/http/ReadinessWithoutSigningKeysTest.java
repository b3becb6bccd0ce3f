package com.skovik.scim.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.WireMockGatewayTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A gateway that started while Skovik's JWKS was unusable is not ready until it holds a key it
 * can verify tokens with; it loads the keys on demand once Skovik publishes them.
 */
class ReadinessWithoutSigningKeysTest extends WireMockGatewayTest {

  private static final String JWKS = API + "/scim/jwks";
  private static final String UNUSABLE = new JsonObject().put("keys", new JsonArray()
      .add(new JsonObject().put("kty", "oct").put("kid", "hmac").put("k", "c2VjcmV0"))).encode();

  @Override
  protected void beforeGatewayStarts() {
    skovik.stubFor(get(urlPathEqualTo(JWKS)).willReturn(aResponse().withStatus(503)));
  }

  @Test
  void not_ready_while_the_jwks_still_fails() {
    ScimResponse response = gateway.withToken(null).get("/health/ready");

    assertThat(response.status()).as(response.toString()).isEqualTo(503);
    assertThat(response.json().path("checks").path("signingKeys").asText()).isEqualTo("DOWN");
  }

  @Test
  void not_ready_while_the_jwks_holds_no_usable_signing_key() {
    skovik.stubFor(get(urlPathEqualTo(JWKS)).willReturn(okJson(UNUSABLE)));

    ScimResponse response = gateway.withToken(null).get("/health/ready");

    assertThat(response.status()).as(response.toString()).isEqualTo(503);
    assertThat(response.json().path("checks").path("skovikApi").asText()).isEqualTo("UP");
    assertThat(response.json().path("checks").path("signingKeys").asText()).isEqualTo("DOWN");
  }

  @Test
  void ready_once_skovik_publishes_its_keys_again() {
    stubJwks(keys);

    ScimResponse response = gateway.withToken(null).get("/health/ready");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  @Test
  void tokens_verify_once_skovik_publishes_its_keys_again() {
    ScimResponse whileDown = gateway.get("/scim/v2/ServiceProviderConfig");
    stubJwks(keys);
    ScimResponse afterwards = gateway.get("/scim/v2/ServiceProviderConfig");

    assertThat(whileDown.status()).as("keys unknown and unobtainable: " + whileDown).isEqualTo(503);
    assertThat(afterwards.status()).as(afterwards.toString()).isEqualTo(200);
  }

  @Test
  void jwks_recovering_after_an_empty_answer_lets_tokens_through() {
    skovik.stubFor(get(urlPathEqualTo(JWKS)).inScenario("jwks").whenScenarioStateIs(STARTED)
        .willReturn(okJson(UNUSABLE)).willSetStateTo("published"));
    skovik.stubFor(get(urlPathEqualTo(JWKS)).inScenario("jwks").whenScenarioStateIs("published")
        .willReturn(okJson(new JsonObject().put("keys", new JsonArray().add(keys.publicJwk())).encode())));

    ScimResponse first = gateway.get("/scim/v2/ServiceProviderConfig");
    ScimResponse second = gateway.get("/scim/v2/ServiceProviderConfig");

    assertThat(first.status()).as("no key to verify with is not the token's fault: " + first)
        .isEqualTo(503);
    assertThat(second.status()).as(second.toString()).isEqualTo(200);
  }
}
