package com.skovik.scim.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.skovik.scim.support.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.skovik.scim.support.GatewayClient;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.WireMockGatewayTest;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After the signature, the identity provider configuration the token names: it must exist
 * (else 401), list the token's jti (else 401: revoked), and have provisioning enabled (else
 * 403). When Skovik cannot be asked, the answer is 503 — a 401 would make the identity provider
 * believe its token was revoked.
 */
class IdentityProviderCheckTest extends WireMockGatewayTest {

  private static final String DISCOVERY = "/scim/v2/ServiceProviderConfig";
  private static final String IDP_PATH = COMPANY_PATH + "/identity-providers/" + IDP;
  private static final String SECRET = "upstream-secret-7f3a";

  @Test
  void token_whose_jti_is_no_longer_active_is_401() {
    stubIdentityProvider(identityProvider()
        .put("active_token_ids", new JsonArray().add("tok_2027_01")));

    ScimResponse response = gateway.get(DISCOVERY);

    assertScimError(response, 401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(response.json().path("detail").asText()).contains("revoked");
  }

  @Test
  void identity_provider_with_provisioning_disabled_is_403() {
    stubIdentityProvider(identityProvider().put("user_provisioning_enabled", false));

    ScimResponse response = gateway.get(DISCOVERY);

    assertScimError(response, 403);
    assertThat(response.json().path("detail").asText()).contains("disabled");
  }

  @Test
  void identity_provider_unknown_to_skovik_is_401() {
    skovik.stubFor(get(urlPathEqualTo(IDP_PATH)).willReturn(skovikError(404, "not_found", null)));

    ScimResponse response = gateway.get(DISCOVERY);

    assertScimError(response, 401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void skovik_answering_503_while_checking_the_identity_provider_is_503_not_401() {
    skovik.stubFor(get(urlPathEqualTo(IDP_PATH)).willReturn(aResponse().withStatus(503)
        .withHeader("Content-Type", "text/html").withBody("<h1>" + SECRET + "</h1>")));

    ScimResponse response = gateway.get(DISCOVERY);

    assertScimError(response, 503);
    assertThat(response.header("WWW-Authenticate")).isNull();
    assertThat(response.rawBody()).doesNotContain(SECRET);
    assertThat(skovik.findAll(getRequestedFor(urlPathEqualTo(IDP_PATH)))).hasSizeGreaterThan(1);
  }

  @Test
  void connection_reset_while_checking_the_identity_provider_is_503_not_401() {
    skovik.stubFor(get(urlPathEqualTo(IDP_PATH))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ScimResponse response = gateway.get(DISCOVERY);

    assertScimError(response, 503);
    assertThat(response.header("WWW-Authenticate")).isNull();
  }

  @Test
  void custom_field_definitions_unavailable_while_checking_is_503_not_401() {
    skovik.stubFor(get(urlPathEqualTo(COMPANY_PATH + "/custom-fields"))
        .willReturn(aResponse().withStatus(503)));

    ScimResponse response = gateway.get(DISCOVERY);

    assertScimError(response, 503);
  }

  @Test
  void skovik_refusing_the_gateways_service_key_while_checking_is_502_not_401() {
    skovik.stubFor(get(urlPathEqualTo(IDP_PATH)).willReturn(skovikError(401, "unauthorized", null)));

    ScimResponse response = gateway.get(DISCOVERY);

    assertScimError(response, 502);
    assertThat(response.header("WWW-Authenticate")).isNull();
  }

  @Test
  void skovik_rate_limiting_the_check_is_429_with_retry_after_not_401() {
    skovik.stubFor(get(urlPathEqualTo(IDP_PATH)).willReturn(skovikError(429, "rate_limited", null)
        .withHeader("Retry-After", "3")));

    ScimResponse response = gateway.get(DISCOVERY);

    assertScimError(response, 429);
    assertThat(response.header("Retry-After")).isEqualTo("3");
    assertThat(response.header("WWW-Authenticate")).isNull();
  }

  @Test
  void concurrent_first_requests_share_one_identity_provider_lookup() {
    skovik.stubFor(get(urlPathEqualTo(IDP_PATH))
        .willReturn(okJson(identityProvider().encode()).withFixedDelay(500)));
    WebClient web = WebClient.create(vertx);

    List<Future<HttpResponse<Buffer>>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(web.get(gateway.port(), "127.0.0.1", DISCOVERY)
          .bearerTokenAuthentication(validToken()).send());
    }
    GatewayClient.await(Future.join(calls));

    assertThat(calls).allSatisfy(call -> assertThat(call.result().statusCode()).isEqualTo(200));
    skovik.verify(1, getRequestedFor(urlPathEqualTo(IDP_PATH)));
  }

  @Test
  void identity_provider_configuration_is_cached_between_requests() {
    ScimResponse first = gateway.get(DISCOVERY);
    ScimResponse second = gateway.get("/scim/v2/Schemas");

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(200);
    skovik.verify(1, getRequestedFor(urlPathEqualTo(IDP_PATH)));
    skovik.verify(1, getRequestedFor(urlPathEqualTo(COMPANY_PATH + "/custom-fields")));
  }

  @Test
  void a_failed_identity_provider_lookup_is_not_cached() {
    skovik.stubFor(get(urlPathEqualTo(IDP_PATH)).inScenario("deploy").whenScenarioStateIs(STARTED)
        .willReturn(skovikError(404, "not_found", null)).willSetStateTo("deployed"));
    skovik.stubFor(get(urlPathEqualTo(IDP_PATH)).inScenario("deploy").whenScenarioStateIs("deployed")
        .willReturn(okJson(identityProvider().encode())));

    ScimResponse failed = gateway.get(DISCOVERY);
    ScimResponse retried = gateway.get(DISCOVERY);

    assertScimError(failed, 401);
    assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
    skovik.verify(2, getRequestedFor(urlPathEqualTo(IDP_PATH)));
  }

  @Test
  void identity_provider_without_mappings_needs_no_custom_field_definitions() {
    stubIdentityProvider(identityProvider().putNull("custom_field_mappings"));

    ScimResponse response = gateway.get(DISCOVERY);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    skovik.verify(0, getRequestedFor(urlPathEqualTo(COMPANY_PATH + "/custom-fields")));
  }
}
