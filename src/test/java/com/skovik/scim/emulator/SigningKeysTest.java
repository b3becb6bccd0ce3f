package com.skovik.scim.emulator;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.junit5.VertxTestContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeysTest extends EmulatorHttpTest {

  /** A verifier as the gateway would build it: the published JWK Set, issuer and audience. */
  private Future<JWTAuth> verifierFromPublishedJwks(Vertx vertx) {
    return api.get("/scim/jwks").map(response -> {
      List<JsonObject> keys = new ArrayList<>();
      response.bodyAsJsonObject().getJsonArray("keys").forEach(key -> keys.add((JsonObject) key));
      return JWTAuth.create(vertx, new JWTAuthOptions()
          .setJwks(keys)
          .setJWTOptions(new JWTOptions().setIssuer(emulator.issuer()).addAudience(SkovikEmulator.AUDIENCE)));
    });
  }

  private static JsonObject part(String token, int index) {
    return new JsonObject(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8));
  }

  @Test
  void jwks_publishes_public_es256_keys_only(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.get("/scim/jwks"), response -> {
      assertThat(response.statusCode()).isEqualTo(200);
      JsonObject key = response.bodyAsJsonObject().getJsonArray("keys").getJsonObject(0);
      assertThat(key.fieldNames()).containsExactlyInAnyOrder("kty", "crv", "x", "y", "kid", "alg", "use");
      assertThat(key.getString("kty")).isEqualTo("EC");
      assertThat(key.getString("crv")).isEqualTo("P-256");
      assertThat(key.getString("alg")).isEqualTo("ES256");
      assertThat(key.getString("kid")).isEqualTo(emulator.currentKeyId());
      assertThat(Base64.getUrlDecoder().decode(key.getString("x"))).hasSize(32);
    });
  }

  @Test
  void minted_token_carries_the_product_claims_and_verifies_against_the_published_jwks(
      Vertx vertx, VertxTestContext testContext) {
    String token = emulator.mintToken(TestTenant.COMPANY, TestTenant.IDP, "tok_1");
    verifyThenComplete(testContext,
        verifierFromPublishedJwks(vertx).compose(verifier -> verifier.authenticate(new TokenCredentials(token))),
        user -> {
          assertThat(user.principal().getString("sub")).isEqualTo(TestTenant.IDP);
          JsonObject claims = part(token, 1);
          assertThat(claims.fieldNames()).containsExactlyInAnyOrder("iss", "aud", "sub", "cid", "jti", "iat");
          assertThat(claims.getString("iss")).isEqualTo(EmulatorOptions.DEFAULT_ISSUER);
          assertThat(claims.getString("aud")).isEqualTo("skovik-scim");
          assertThat(claims.getString("sub")).isEqualTo(TestTenant.IDP);
          assertThat(claims.getString("cid")).isEqualTo(TestTenant.COMPANY);
          assertThat(claims.getString("jti")).isEqualTo("tok_1");
          assertThat(claims.getLong("iat")).isEqualTo(clock.instant().getEpochSecond());
          assertThat(part(token, 0)).isEqualTo(new JsonObject()
              .put("alg", "ES256").put("typ", "JWT").put("kid", emulator.currentKeyId()));
        });
  }

  @Test
  void tokens_signed_before_and_after_a_rotation_both_verify(Vertx vertx, VertxTestContext testContext) {
    String before = emulator.mintToken(TestTenant.COMPANY, TestTenant.IDP, "tok_1");
    String oldKid = emulator.currentKeyId();
    emulator.rotateKey();
    String after = emulator.mintToken(TestTenant.COMPANY, TestTenant.IDP, "tok_2");
    verifyThenComplete(testContext,
        verifierFromPublishedJwks(vertx).compose(verifier -> verifier.authenticate(new TokenCredentials(before))
            .compose(first -> verifier.authenticate(new TokenCredentials(after)).map(second -> List.of(first, second)))),
        users -> {
          assertThat(users).extracting(User::principal).extracting(claims -> claims.getString("jti"))
              .containsExactly("tok_1", "tok_2");
          assertThat(part(before, 0).getString("kid")).isEqualTo(oldKid);
          assertThat(part(after, 0).getString("kid")).isEqualTo(emulator.currentKeyId()).isNotEqualTo(oldKid);
          assertThat(emulator.jwks().getJsonArray("keys")).hasSize(2);
        });
  }

  @Test
  void an_rs256_key_signs_tokens_that_verify(Vertx vertx, VertxTestContext testContext) {
    emulator.rotateKey(SigningAlgorithm.RS256);
    String token = emulator.mintToken(TestTenant.COMPANY, TestTenant.IDP, "tok_1");
    verifyThenComplete(testContext,
        verifierFromPublishedJwks(vertx).compose(verifier -> verifier.authenticate(new TokenCredentials(token))),
        user -> {
          assertThat(part(token, 0).getString("alg")).isEqualTo("RS256");
          JsonObject rsaKey = emulator.jwks().getJsonArray("keys").getJsonObject(1);
          assertThat(rsaKey.fieldNames()).containsExactlyInAnyOrder("kty", "n", "e", "kid", "alg", "use");
          assertThat(rsaKey.getString("e")).isEqualTo("AQAB");
        });
  }

  @Test
  void extra_claims_are_added_overridden_or_removed(VertxTestContext testContext) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("exp", 1_900_000_000L);
    claims.put("aud", "someone-else");
    claims.put("jti", null);
    String token = emulator.mintToken(TestTenant.COMPANY, TestTenant.IDP, "tok_1", claims);
    JsonObject payload = part(token, 1);
    testContext.verify(() -> {
      assertThat(payload.getLong("exp")).isEqualTo(1_900_000_000L);
      assertThat(payload.getString("aud")).isEqualTo("someone-else");
      assertThat(payload.containsKey("jti")).isFalse();
      assertThat(payload.getString("cid")).isEqualTo(TestTenant.COMPANY);
      testContext.completeNow();
    });
  }

  @Test
  void an_expired_token_is_refused_by_the_verifier(Vertx vertx, VertxTestContext testContext) {
    long anHourAgo = System.currentTimeMillis() / 1000 - 3600;
    String token = emulator.mintToken(TestTenant.COMPANY, TestTenant.IDP, "tok_1", Map.of("exp", anHourAgo));
    verifierFromPublishedJwks(vertx)
        .compose(verifier -> verifier.authenticate(new TokenCredentials(token)))
        .onComplete(testContext.failingThenComplete());
  }

  @Test
  void a_token_for_another_issuer_is_refused_by_the_verifier(Vertx vertx, VertxTestContext testContext) {
    String token = emulator.mintToken(TestTenant.COMPANY, TestTenant.IDP, "tok_1", Map.of("iss", "https://evil.example"));
    verifierFromPublishedJwks(vertx)
        .compose(verifier -> verifier.authenticate(new TokenCredentials(token)))
        .onComplete(testContext.failingThenComplete());
  }
}
