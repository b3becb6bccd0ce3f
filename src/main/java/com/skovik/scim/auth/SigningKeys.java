package com.skovik.scim.auth;

import com.skovik.scim.scim.ScimException;
import com.skovik.scim.skovik.CallContext;
import com.skovik.scim.skovik.SkovikClient;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.impl.jose.JWK;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public keys that sign SCIM tokens, from Skovik's JWKS. Loaded at start, and loaded again
 * when a token names a key id we do not know (a rotation) — but at most once per interval, and
 * with one load in flight, so a flood of forged key ids cannot hammer the upstream. Keys older
 * than {@link #MAX_KEY_AGE} are reloaded in the background, so a key Skovik withdraws (say,
 * after a leak) stops being trusted within minutes even if no token names an unknown key.
 */
public final class SigningKeys {

  private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
  static final Duration MAX_KEY_AGE = Duration.ofMinutes(10);

  private final Vertx vertx;
  private final SkovikClient skovik;
  private final Duration minRefreshInterval;
  private final Clock clock;

  private volatile Verifier current;
  private Future<Verifier> inFlight;
  private Instant lastLoad = Instant.MIN;

  public SigningKeys(Vertx vertx, SkovikClient skovik, Duration minRefreshInterval, Clock clock) {
    this.vertx = vertx;
    this.skovik = skovik;
    this.minRefreshInterval = minRefreshInterval;
    this.clock = clock;
  }

  /** Loads the keys; start-up composes this before listening. */
  public Future<Void> load(CallContext ctx) {
    return reload(ctx).mapEmpty();
  }

  public boolean loaded() {
    return current != null && !current.keyIds().isEmpty();
  }

  /**
   * The verifier that knows {@code keyId}, reloading the JWKS first when it is unknown and the
   * last load is old enough. A token without a key id is tried against the keys we have.
   */
  public Future<JWTAuth> verifierFor(CallContext ctx, String keyId) {
    Verifier known = current;
    if (known != null && (keyId == null || known.keyIds().contains(keyId))) {
      if (clock.instant().isAfter(known.loadedAt().plus(MAX_KEY_AGE))) {
        // This request goes on with the keys we have; the next ones get the fresh set. If Skovik
        // cannot be asked, the keys we have stay in use (availability first) and we say so.
        reloadIfDue(ctx).onFailure(failure -> LOG.warn("Could not refresh the SCIM token signing "
            + "keys, in use for over {} minutes: {}", MAX_KEY_AGE.toMinutes(), failure.toString()));
      }
      return Future.succeededFuture(known.auth());
    }
    return reloadIfDue(ctx).map(Verifier::auth);
  }

  /** Loads the keys unless a load is under way or the last attempt is too recent. */
  public Future<Void> ensureLoaded(CallContext ctx) {
    return loaded() ? Future.succeededFuture() : reloadIfDue(ctx).mapEmpty();
  }

  private synchronized Future<Verifier> reloadIfDue(CallContext ctx) {
    if (inFlight != null) {
      return inFlight;
    }
    // Without any keys every request fails anyway: each may try a load (one at a time), so the
    // gateway recovers as soon as Skovik publishes its keys again.
    if (current != null && clock.instant().isBefore(lastLoad.plus(minRefreshInterval))) {
      return Future.succeededFuture(current);
    }
    return reload(ctx);
  }

  private synchronized Future<Verifier> reload(CallContext ctx) {
    if (inFlight != null) {
      return inFlight;
    }
    lastLoad = clock.instant();
    Future<Verifier> load = skovik.jwks(ctx).map(this::verifierOf);
    inFlight = load;
    load.onComplete(done -> finishLoad(done.succeeded() ? done.result() : null));
    return load;
  }

  private synchronized void finishLoad(Verifier loaded) {
    inFlight = null;
    if (loaded != null) {
      current = loaded;
    }
  }

  private Verifier verifierOf(JsonObject jwks) {
    JsonArray keys = jwks.getJsonArray("keys", new JsonArray());
    List<JsonObject> usable = new ArrayList<>();
    Set<String> keyIds = new HashSet<>();
    for (Object entry : keys) {
      if (entry instanceof JsonObject key) {
        JsonObject signing = asSigningKey(key);
        if (signing != null) {
          usable.add(signing);
          keyIds.add(signing.getString("kid", ""));
        }
      }
    }
    if (usable.isEmpty()) {
      // Kept apart from a successful load: the keys we had stay in use, and readiness says DOWN.
      LOG.warn("Skovik's JWKS holds no usable SCIM token signing key (RS256 or ES256)");
      throw ScimException.serviceUnavailable(
          "Skovik publishes no usable SCIM token signing key at the moment. Retry later.");
    }
    LOG.info("Loaded {} SCIM token signing key(s) from Skovik", usable.size());
    JWTAuthOptions options = new JWTAuthOptions()
        .setJwks(usable)
        .setJWTOptions(new JWTOptions().setLeeway(30));
    return new Verifier(JWTAuth.create(vertx, options), Set.copyOf(keyIds), clock.instant());
  }

  /**
   * Keeps only RSA and EC public keys for RS256/ES256. Symmetric keys are never loaded, so no
   * HMAC verification can happen, whatever a token's header claims.
   */
  private static JsonObject asSigningKey(JsonObject key) {
    String kty = key.getString("kty", "");
    String alg = key.getString("alg");
    String expected = switch (kty) {
      case "RSA" -> "RS256";
      case "EC" -> "P-256".equals(key.getString("crv")) ? "ES256" : null;
      default -> null;
    };
    if (expected == null || (alg != null && !alg.equals(expected))
        || ("enc".equals(key.getString("use")))) {
      return null;
    }
    JsonObject publicOnly = key.copy().put("alg", expected);
    for (String privatePart : List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k")) {
      publicOnly.remove(privatePart);
    }
    try {
      new JWK(publicOnly);
      return publicOnly;
    } catch (RuntimeException e) {
      LOG.warn("Skipping a malformed signing key (kid {}) in Skovik's JWKS", key.getString("kid"));
      return null;
    }
  }

  private record Verifier(JWTAuth auth, Set<String> keyIds, Instant loadedAt) {}
}
