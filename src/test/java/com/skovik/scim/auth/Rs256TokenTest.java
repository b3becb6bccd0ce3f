package com.skovik.scim.auth;

import static com.skovik.scim.support.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.TestKeys;
import com.skovik.scim.support.WireMockGatewayTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Skovik signs with RS256 as well as ES256; both verify, and neither can pass for the other. */
class Rs256TokenTest extends WireMockGatewayTest {

  private static final String DISCOVERY = "/scim/v2/ServiceProviderConfig";

  private final TestKeys rsa = TestKeys.rsa("rsa-2026");

  @Override
  protected void beforeGatewayStarts() {
    stubJwks(keys, rsa);
  }

  @Test
  void rs256_token_signed_with_a_published_rsa_key_is_accepted() {
    ScimResponse response = gateway.withToken(rsa.sign(claims())).get(DISCOVERY);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  @Test
  void rs256_token_signed_by_an_unpublished_rsa_key_with_the_same_kid_is_401() {
    TestKeys impostor = TestKeys.rsa(rsa.keyId());

    ScimResponse response = gateway.withToken(impostor.sign(claims())).get(DISCOVERY);

    assertScimError(response, 401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void hs256_token_keyed_with_the_rsa_public_key_is_401() {
    ScimResponse response = gateway.withToken(rsa.signHs256WithPublicKey(claims())).get(DISCOVERY);

    assertScimError(response, 401);
  }

  @Test
  void token_whose_header_claims_rs256_for_the_ec_key_is_401() {
    JsonObject header = new JsonObject().put("alg", "RS256").put("typ", "JWT").put("kid", keys.keyId());

    ScimResponse response = gateway.withToken(keys.sign(header, claims())).get(DISCOVERY);

    assertScimError(response, 401);
  }
}
