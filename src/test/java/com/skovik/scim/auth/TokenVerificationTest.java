package com.skovik.scim.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.skovik.scim.support.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.TestKeys;
import com.skovik.scim.support.WireMockGatewayTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The token itself: a JWT signed by a key of Skovik's JWKS with RS256 or ES256, from the
 * configured issuer, for {@code skovik-scim}, not expired. Every refusal is a 401 with a Bearer
 * challenge, and a refused token never costs an identity provider lookup upstream.
 */
class TokenVerificationTest extends WireMockGatewayTest {

  private static final String DISCOVERY = "/scim/v2/ServiceProviderConfig";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "garbage",
      "only.two",
      "a.b.c.d",
      "!!!.@@@.###",
      "eyJhbGciOiJFUzI1NiJ9..c2ln",
      "bm90IGpzb24.eyJzdWIiOiJ4In0.c2ln",
      "WyJFUzI1NiJd.eyJzdWIiOiJ4In0.c2ln"})
  void malformed_token_is_401(String token) {
    assertRejected(gateway.withToken(token).get(DISCOVERY));
  }

  @Test
  void token_with_alg_none_and_no_signature_is_401() {
    assertRejected(gateway.withToken(TestKeys.unsigned(claims())).get(DISCOVERY));
  }

  @Test
  void token_with_alg_none_and_a_copied_signature_is_401() {
    String good = validToken();
    String none = TestKeys.unsigned(claims());
    String forged = none + good.substring(good.lastIndexOf('.') + 1);

    assertRejected(gateway.withToken(forged).get(DISCOVERY));
  }

  @Test
  void hs256_token_keyed_with_the_published_public_key_is_401() {
    assertRejected(gateway.withToken(keys.signHs256WithPublicKey(claims())).get(DISCOVERY));
  }

  @Test
  void token_signed_by_another_key_under_a_known_kid_is_401() {
    TestKeys impostor = TestKeys.ec(keys.keyId());

    assertRejected(gateway.withToken(impostor.sign(claims())).get(DISCOVERY));
  }

  @Test
  void token_whose_payload_was_changed_after_signing_is_401() {
    String good = validToken();
    String[] parts = good.split("\\.");
    Map<String, Object> otherCompany = claims();
    otherCompany.put("cid", "cmp_other");
    String payload = B64.encodeToString(new JsonObject(otherCompany).encode()
        .getBytes(StandardCharsets.UTF_8));

    assertRejected(gateway.withToken(parts[0] + "." + payload + "." + parts[2]).get(DISCOVERY));
  }

  @Test
  void token_from_another_issuer_is_401() {
    assertRejected(gateway.withToken(tokenWith("iss", "https://evil.test/issuer")).get(DISCOVERY));
  }

  @Test
  void token_without_issuer_is_401() {
    assertRejected(gateway.withToken(tokenWith("iss", null)).get(DISCOVERY));
  }

  @Test
  void token_for_another_audience_is_401() {
    assertRejected(gateway.withToken(tokenWith("aud", "skovik-api")).get(DISCOVERY));
  }

  @Test
  void token_without_audience_is_401() {
    assertRejected(gateway.withToken(tokenWith("aud", null)).get(DISCOVERY));
  }

  @Test
  void token_whose_audience_list_includes_skovik_scim_is_accepted() {
    String token = tokenWith("aud", new JsonArray().add("other").add("skovik-scim").getList());

    assertThat(gateway.withToken(token).get(DISCOVERY).status()).isEqualTo(200);
  }

  @Test
  void expired_token_is_401() {
    long anHourAgo = Instant.now().minusSeconds(3_600).getEpochSecond();

    ScimResponse response = gateway.withToken(tokenWith("exp", anHourAgo)).get(DISCOVERY);

    assertRejected(response);
    assertThat(response.json().path("detail").asText()).containsIgnoringCase("expired");
  }

  @Test
  void token_that_expires_in_the_future_is_accepted() {
    long inAnHour = Instant.now().plusSeconds(3_600).getEpochSecond();

    ScimResponse response = gateway.withToken(tokenWith("exp", inAnHour)).get(DISCOVERY);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  @Test
  void token_without_exp_is_valid_until_revoked() {
    ScimResponse response = gateway.withToken(tokenWith("exp", null)).get(DISCOVERY);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  @Test
  void token_without_company_is_401() {
    assertRejected(gateway.withToken(tokenWith("cid", null)).get(DISCOVERY));
  }

  @Test
  void token_without_identity_provider_is_401() {
    assertRejected(gateway.withToken(tokenWith("sub", null)).get(DISCOVERY));
  }

  @Test
  void token_without_token_id_is_401() {
    assertRejected(gateway.withToken(tokenWith("jti", null)).get(DISCOVERY));
  }

  @Test
  void es256_token_signed_with_the_published_key_is_accepted() {
    ScimResponse response = gateway.get(DISCOVERY);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  @Test
  void token_without_kid_signed_by_a_published_key_is_accepted() {
    JsonObject header = new JsonObject().put("alg", "ES256").put("typ", "JWT");

    ScimResponse response = gateway.withToken(keys.sign(header, claims())).get(DISCOVERY);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  @Test
  void token_without_kid_signed_by_an_unpublished_key_is_401() {
    JsonObject header = new JsonObject().put("alg", "ES256").put("typ", "JWT");

    assertRejected(gateway.withToken(TestKeys.ec("nobody").sign(header, claims())).get(DISCOVERY));
  }

  @Test
  void token_issued_in_the_future_is_401() {
    long inAnHour = Instant.now().plusSeconds(3_600).getEpochSecond();

    assertRejected(gateway.withToken(tokenWith("iat", inAnHour)).get(DISCOVERY));
  }

  @Test
  void token_not_valid_before_a_future_time_is_401() {
    long inAnHour = Instant.now().plusSeconds(3_600).getEpochSecond();

    assertRejected(gateway.withToken(tokenWith("nbf", inAnHour)).get(DISCOVERY));
  }

  @Test
  void token_whose_exp_is_not_a_number_is_401() {
    assertRejected(gateway.withToken(tokenWith("exp", "tomorrow")).get(DISCOVERY));
  }

  private void assertRejected(ScimResponse response) {
    assertScimError(response, 401);
    assertThat(response.header("WWW-Authenticate")).as("challenge of %s", response)
        .startsWith("Bearer");
    skovik.verify(0, getRequestedFor(urlPathEqualTo(COMPANY_PATH + "/identity-providers/" + IDP)));
  }
}
