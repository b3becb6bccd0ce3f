package com.skovik.scim.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.skovik.scim.GatewayVerticle;
import com.skovik.scim.config.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP tier: the real gateway on a free port in front of a WireMock Skovik on another. By
 * default the upstream knows one company with one identity provider and one signing key; any
 * request the test did not stub fails the test.
 */
@ExtendWith(VertxExtension.class)
public abstract class WireMockGatewayTest {

  protected static final String COMPANY = "cmp_acme";
  protected static final String IDP = "idp_okta";
  protected static final String TOKEN_ID = "tok_2026_12";
  protected static final String ISSUER = "https://skovik.test/scim-issuer";
  protected static final String SERVICE_KEY = "service-key-for-tests";
  protected static final String API = "/internal/v1";
  protected static final String COMPANY_PATH = API + "/companies/" + COMPANY;

  protected Vertx vertx;
  protected WireMockServer skovik;
  protected TestKeys keys;
  protected GatewayClient gateway;

  @BeforeEach
  void startGatewayInFrontOfWireMock(Vertx vertx) {
    this.vertx = vertx;
    skovik = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    skovik.start();
    keys = TestKeys.ec("key-1");
    stubJwks(keys);
    stubIdentityProvider(identityProvider());
    stubCustomFields(customFields());
    beforeGatewayStarts();
    GatewayVerticle verticle = new GatewayVerticle(config());
    GatewayClient.await(vertx.deployVerticle(verticle));
    gateway = new GatewayClient(vertx, verticle.actualPort(), validToken());
  }

  @AfterEach
  void everyUpstreamRequestWasExpected() {
    try {
      assertThat(skovik.findAllUnmatchedRequests()).as("requests WireMock had no stub for").isEmpty();
    } finally {
      skovik.stop();
    }
  }

  /** A hook for stubs that must exist before the gateway starts (it loads the JWKS then). */
  protected void beforeGatewayStarts() {}

  protected GatewayConfig config() {
    return GatewayConfig.defaults()
        .withHttpPort(0)
        .withSkovik(URI.create("http://127.0.0.1:" + skovik.port()), SERVICE_KEY, ISSUER)
        .withUpstreamTiming(Duration.ofMillis(800), Duration.ofMillis(2_000));
  }

  protected JsonObject identityProvider() {
    return new JsonObject()
        .put("id", IDP).put("company_id", COMPANY).put("name", "Okta production")
        .put("user_provisioning_enabled", true)
        .put("active_token_ids", new JsonArray().add(TOKEN_ID))
        .putNull("default_branch_id")
        .put("custom_field_mappings", new JsonObject()
            .put("custom_field1", "cf_cost_center").put("custom_field2", "cf_level"))
        .put("updated_at", "2026-12-01T10:00:00.000Z");
  }

  protected JsonArray customFields() {
    return new JsonArray()
        .add(new JsonObject().put("id", "cf_cost_center").put("name", "Cost center").put("type", "text"))
        .add(new JsonObject().put("id", "cf_level").put("name", "Level").put("type", "select")
            .put("options", new JsonArray().add("junior").add("senior")));
  }

  protected void stubJwks(TestKeys... signingKeys) {
    JsonArray jwks = new JsonArray();
    for (TestKeys key : signingKeys) {
      jwks.add(key.publicJwk());
    }
    skovik.stubFor(get(urlPathEqualTo(API + "/scim/jwks"))
        .willReturn(okJson(new JsonObject().put("keys", jwks).encode())));
  }

  protected void stubIdentityProvider(JsonObject configuration) {
    skovik.stubFor(get(urlPathEqualTo(COMPANY_PATH + "/identity-providers/" + IDP))
        .willReturn(okJson(configuration.encode())));
  }

  protected void stubCustomFields(JsonArray definitions) {
    skovik.stubFor(get(urlPathEqualTo(COMPANY_PATH + "/custom-fields"))
        .willReturn(okJson(new JsonObject().put("data", definitions).encode())));
  }

  protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder skovikError(
      int status, String code, JsonObject details) {
    JsonObject error = new JsonObject().put("code", code).put("message", "upstream says " + code);
    if (details != null) {
      error.put("details", details);
    }
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(new JsonObject().put("error", error).encode());
  }

  /** The claims of a good token; tests change one at a time. */
  protected Map<String, Object> claims() {
    Map<String, Object> claims = new HashMap<>();
    claims.put("iss", ISSUER);
    claims.put("aud", "skovik-scim");
    claims.put("sub", IDP);
    claims.put("cid", COMPANY);
    claims.put("jti", TOKEN_ID);
    claims.put("iat", Instant.now().getEpochSecond());
    return claims;
  }

  protected String validToken() {
    return keys.sign(claims());
  }

  protected String tokenWith(String claim, Object value) {
    Map<String, Object> claims = claims();
    if (value == null) {
      claims.remove(claim);
    } else {
      claims.put(claim, value);
    }
    return keys.sign(claims);
  }

  protected static List<String> list(String... values) {
    return List.of(values);
  }
}
