package com.skovik.scim.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.skovik.scim.support.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.GatewayVerticle;
import com.skovik.scim.support.AdjustableClock;
import com.skovik.scim.support.GatewayClient;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.TestKeys;
import com.skovik.scim.support.WireMockGatewayTest;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Key rotation: a token naming a key id the gateway does not know makes it fetch the JWKS again,
 * at most once per refresh interval (5 s by default) and once at a time, so forged key ids
 * cannot hammer Skovik. The tests run a gateway whose clock they move, instead of waiting.
 */
class SigningKeyRotationTest extends WireMockGatewayTest {

  private static final String DISCOVERY = "/scim/v2/ServiceProviderConfig";
  private static final String JWKS = API + "/scim/jwks";
  private static final Duration PAST_THE_REFRESH_INTERVAL = Duration.ofSeconds(6);

  private final AdjustableClock clock = AdjustableClock.startingNow();
  private final TestKeys rotatedIn = TestKeys.ec("key-2");
  private GatewayClient clocked;
  private int fetchesAtStart;

  @BeforeEach
  void startAGatewayWhoseClockTheTestMoves() {
    GatewayVerticle verticle = new GatewayVerticle(config(), clock);
    GatewayClient.await(vertx.deployVerticle(verticle));
    clocked = new GatewayClient(vertx, verticle.actualPort(), validToken());
    fetchesAtStart = jwksFetches();
  }

  @Test
  void token_signed_with_a_key_rotated_in_later_is_accepted_after_one_jwks_fetch() {
    stubJwks(keys, rotatedIn);
    clock.advance(PAST_THE_REFRESH_INTERVAL);

    ScimResponse response = clocked.withToken(rotatedIn.sign(claims())).get(DISCOVERY);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(jwksFetches()).isEqualTo(fetchesAtStart + 1);
  }

  @Test
  void once_the_rotated_key_is_known_its_tokens_and_the_old_keys_tokens_need_no_fetch() {
    stubJwks(keys, rotatedIn);
    clock.advance(PAST_THE_REFRESH_INTERVAL);
    clocked.withToken(rotatedIn.sign(claims())).get(DISCOVERY);

    ScimResponse newKey = clocked.withToken(rotatedIn.sign(claims())).get(DISCOVERY);
    ScimResponse oldKey = clocked.withToken(keys.sign(claims())).get(DISCOVERY);

    assertThat(newKey.status()).as(newKey.toString()).isEqualTo(200);
    assertThat(oldKey.status()).as(oldKey.toString()).isEqualTo(200);
    assertThat(jwksFetches()).isEqualTo(fetchesAtStart + 1);
  }

  @Test
  void a_key_withdrawn_from_the_jwks_stops_being_trusted_once_the_loaded_keys_are_ten_minutes_old() {
    stubJwks(rotatedIn);
    clock.advance(Duration.ofMinutes(11));

    // The first request after the keys aged still uses them while they reload in the background.
    ScimResponse whileReloading = clocked.get(DISCOVERY);
    ScimResponse afterReload = awaitStatus(() -> clocked.get(DISCOVERY), 401);

    assertThat(whileReloading.status()).as(whileReloading.toString()).isEqualTo(200);
    assertScimError(afterReload, 401);
    assertThat(jwksFetches()).isEqualTo(fetchesAtStart + 1);
  }

  /** Asks again until the answer has this status or ten seconds have passed. */
  private static ScimResponse awaitStatus(java.util.function.Supplier<ScimResponse> call, int status) {
    long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    ScimResponse last = call.get();
    while (last.status() != status && System.nanoTime() - giveUp < 0) {
      last = call.get();
    }
    return last;
  }

  @Test
  void unknown_kid_within_the_interval_after_a_load_is_401_without_a_fetch() {
    stubJwks(keys, rotatedIn);

    ScimResponse response = clocked.withToken(rotatedIn.sign(claims())).get(DISCOVERY);

    assertScimError(response, 401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(jwksFetches()).isEqualTo(fetchesAtStart);
  }

  @Test
  void a_run_of_unknown_kids_costs_one_jwks_fetch_per_refresh_interval() {
    TestKeys forged = TestKeys.ec("kid-nobody-published");
    clock.advance(PAST_THE_REFRESH_INTERVAL);

    for (int i = 0; i < 5; i++) {
      assertScimError(clocked.withToken(forged.sign(claims())).get(DISCOVERY), 401);
    }
    assertThat(jwksFetches()).isEqualTo(fetchesAtStart + 1);

    clock.advance(PAST_THE_REFRESH_INTERVAL);
    for (int i = 0; i < 3; i++) {
      assertScimError(clocked.withToken(forged.sign(claims())).get(DISCOVERY), 401);
    }
    assertThat(jwksFetches()).isEqualTo(fetchesAtStart + 2);
  }

  @Test
  void concurrent_unknown_kids_share_one_jwks_fetch() {
    skovik.stubFor(get(urlPathEqualTo(JWKS)).willReturn(okJson(jwks(keys).encode())
        .withFixedDelay(500)));
    clock.advance(PAST_THE_REFRESH_INTERVAL);
    String forged = TestKeys.ec("kid-nobody-published").sign(claims());
    WebClient web = WebClient.create(vertx);

    List<Future<HttpResponse<Buffer>>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(web.get(clocked.port(), "127.0.0.1", DISCOVERY)
          .bearerTokenAuthentication(forged).send());
    }
    GatewayClient.await(Future.join(calls));

    assertThat(calls).allSatisfy(call -> assertThat(call.result().statusCode()).isEqualTo(401));
    assertThat(jwksFetches()).isEqualTo(fetchesAtStart + 1);
  }

  @Test
  void unknown_kid_while_the_jwks_cannot_be_fetched_is_503_not_401() {
    skovik.stubFor(get(urlPathEqualTo(JWKS)).willReturn(aResponse().withStatus(503)));
    clock.advance(PAST_THE_REFRESH_INTERVAL);

    ScimResponse response = clocked.withToken(rotatedIn.sign(claims())).get(DISCOVERY);

    assertScimError(response, 503);
    assertThat(response.header("WWW-Authenticate")).isNull();
  }

  @Test
  void known_keys_keep_working_while_the_jwks_cannot_be_fetched() {
    skovik.stubFor(get(urlPathEqualTo(JWKS)).willReturn(aResponse().withStatus(503)));
    clock.advance(PAST_THE_REFRESH_INTERVAL);

    ScimResponse response = clocked.get(DISCOVERY);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(jwksFetches()).isEqualTo(fetchesAtStart);
  }

  @Test
  void an_empty_jwks_does_not_wipe_the_keys_already_loaded() {
    skovik.stubFor(get(urlPathEqualTo(JWKS)).willReturn(okJson("{\"keys\":[]}")));
    clock.advance(PAST_THE_REFRESH_INTERVAL);

    ScimResponse unknownKid = clocked.withToken(rotatedIn.sign(claims())).get(DISCOVERY);
    ScimResponse knownKid = clocked.withToken(keys.sign(claims())).get(DISCOVERY);

    assertScimError(unknownKid, 503);
    assertThat(knownKid.status()).as(knownKid.toString()).isEqualTo(200);
  }

  private int jwksFetches() {
    return skovik.findAll(getRequestedFor(urlPathEqualTo(JWKS))).size();
  }

  private static JsonObject jwks(TestKeys... signingKeys) {
    JsonArray array = new JsonArray();
    for (TestKeys key : signingKeys) {
      array.add(key.publicJwk());
    }
    return new JsonObject().put("keys", array);
  }
}
