package com.skovik.scim.emulator;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;

/**
 * An in-memory Skovik internal API ({@code /internal/v1}) on a local HTTP server, for the
 * gateway's demo mode and end-to-end tests. It also plays the product's token issuer:
 * it signs SCIM tokens with keys it publishes at {@code GET /internal/v1/scim/jwks}.
 *
 * <pre>{@code
 * SkovikEmulator.start(vertx, EmulatorOptions.defaults())
 *     .onSuccess(emulator -> DemoSeed.seed(emulator));
 * }</pre>
 */
public final class SkovikEmulator {

  /** The {@code aud} of every SCIM token. */
  public static final String AUDIENCE = "skovik-scim";

  private final EmulatorOptions options;
  private final HttpServer server;
  private final EmulatorStore store;
  private final SigningKeys keys;
  private final RequestCounter counter;

  private SkovikEmulator(EmulatorOptions options, HttpServer server, EmulatorStore store, SigningKeys keys,
      RequestCounter counter) {
    this.options = options;
    this.server = server;
    this.store = store;
    this.keys = keys;
    this.counter = counter;
  }

  /** Generates an ES256 signing key (off the event loop), then listens on {@code options.host():options.port()}. */
  public static Future<SkovikEmulator> start(Vertx vertx, EmulatorOptions options) {
    EmulatorStore store = new EmulatorStore(options.clock());
    RequestCounter counter = new RequestCounter();
    return vertx.executeBlocking(() -> {
          SigningKeys keys = new SigningKeys();
          keys.rotate(SigningAlgorithm.ES256);
          return keys;
        })
        .compose(keys -> vertx.createHttpServer()
            .requestHandler(new EmulatorRoutes(options, store, keys, counter).router(vertx))
            .listen(options.port(), options.host())
            .map(server -> new SkovikEmulator(options, server, store, keys, counter)));
  }

  /** Scheme, host and port, without {@code /internal/v1}: e.g. {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    String host = options.host().equals("0.0.0.0") ? "127.0.0.1" : options.host();
    return "http://" + host + ":" + server.actualPort();
  }

  public String serviceKey() {
    return options.serviceKey();
  }

  public String issuer() {
    return options.issuer();
  }

  public EmulatorStore store() {
    return store;
  }

  /** A SCIM token as the product issues it: iss, aud, sub (identity provider), cid, jti, iat; no exp. */
  public String mintToken(String companyId, String identityProviderId, String tokenId) {
    return mintToken(companyId, identityProviderId, tokenId, Map.of());
  }

  /**
   * A SCIM token with claims added or replaced, e.g. {@code Map.of("exp", epochSeconds)} or
   * {@code Map.of("aud", "someone-else")}; a null value removes the claim.
   */
  public String mintToken(String companyId, String identityProviderId, String tokenId,
      Map<String, Object> extraOrOverridingClaims) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("iss", options.issuer());
    claims.put("aud", AUDIENCE);
    claims.put("sub", identityProviderId);
    claims.put("cid", companyId);
    claims.put("jti", tokenId);
    claims.put("iat", options.clock().instant().getEpochSecond());
    extraOrOverridingClaims.forEach((name, value) -> {
      if (value == null) {
        claims.remove(name);
      } else {
        claims.put(name, value);
      }
    });
    return keys.sign(claims);
  }

  /** Adds a new ES256 key that signs from now on; earlier keys stay published. */
  public void rotateKey() {
    rotateKey(SigningAlgorithm.ES256);
  }

  /** Adds a new key of the algorithm that signs from now on; returns its kid. RS256 generation blocks ~0.1 s. */
  public String rotateKey(SigningAlgorithm algorithm) {
    return keys.rotate(algorithm);
  }

  /** The kid of the key that signs new tokens. */
  public String currentKeyId() {
    return keys.currentKid();
  }

  /** The published JWK Set, as {@code GET /scim/jwks} answers it. */
  public JsonObject jwks() {
    return keys.jwks();
  }

  /** Every call received since start (or the last reset), refused ones included. */
  public int requestCount() {
    return counter.total();
  }

  /** Calls per endpoint, keyed as in the contract, e.g. {@code "PATCH /companies/{cid}/employees/{eid}"}. */
  public Map<String, Integer> requestCounts() {
    return counter.byEndpoint();
  }

  public void resetRequestCounts() {
    counter.reset();
  }

  public Future<Void> close() {
    return server.close();
  }
}
