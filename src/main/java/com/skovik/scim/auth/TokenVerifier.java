package com.skovik.scim.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.skovik.CallContext;
import io.vertx.core.Future;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import java.time.Clock;
import java.util.Base64;

/**
 * Verifies a SCIM token as the contract defines it: signed with a published key (RS256 or
 * ES256 only), issued by the configured issuer, for the audience {@code skovik-scim}, not
 * expired, and naming an identity provider configuration of a company.
 */
public final class TokenVerifier {

  static final String AUDIENCE = "skovik-scim";
  private static final long LEEWAY_SECONDS = 30;

  private final SigningKeys keys;
  private final String issuer;
  private final Clock clock;

  public TokenVerifier(SigningKeys keys, String issuer, Clock clock) {
    this.keys = keys;
    this.issuer = issuer;
    this.clock = clock;
  }

  public Future<TokenClaims> verify(CallContext ctx, String token) {
    JwsHeader header;
    try {
      header = JwsHeader.parse(token);
    } catch (ScimException e) {
      return Future.failedFuture(e);
    }
    return keys.verifierFor(ctx, header.keyId())
        .compose(auth -> verifySignature(auth, token))
        // The signature holds, so the payload can be read as it is.
        .map(verified -> claimsOf(payload(token)));
  }

  /**
   * Every refusal of the verifier is the token's fault, whether it fails its future or throws
   * (it throws on a claim of the wrong JSON type, such as a text {@code exp}).
   */
  private static Future<User> verifySignature(JWTAuth auth, String token) {
    return Future.succeededFuture(new TokenCredentials(token))
        .compose(auth::authenticate)
        .recover(rejected -> Future.failedFuture(ScimException.unauthorized(
            "The SCIM token's signature is not valid or the token has expired.")));
  }

  private TokenClaims claimsOf(JsonNode claims) {
    if (!issuer.equals(claims.path("iss").asText(null))) {
      throw ScimException.unauthorized("The SCIM token was not issued by this Skovik installation.");
    }
    if (!hasAudience(claims.get("aud"))) {
      throw ScimException.unauthorized("The token is not a Skovik SCIM token (audience).");
    }
    JsonNode exp = claims.get("exp");
    if (exp != null && (!exp.isNumber()
        || exp.asLong() + LEEWAY_SECONDS < clock.instant().getEpochSecond())) {
      throw ScimException.unauthorized("The SCIM token has expired; generate a new one in Skovik.");
    }
    String company = text(claims, "cid");
    String identityProvider = text(claims, "sub");
    String tokenId = text(claims, "jti");
    if (company == null || identityProvider == null || tokenId == null) {
      throw ScimException.unauthorized("The SCIM token lacks its company, identity provider or id.");
    }
    return new TokenClaims(company, identityProvider, tokenId);
  }

  private static boolean hasAudience(JsonNode aud) {
    if (aud == null) {
      return false;
    }
    if (aud.isTextual()) {
      return AUDIENCE.equals(aud.asText());
    }
    for (JsonNode each : aud) {
      if (AUDIENCE.equals(each.asText())) {
        return true;
      }
    }
    return false;
  }

  private static String text(JsonNode claims, String name) {
    JsonNode value = claims.get(name);
    return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }

  private static JsonNode payload(String token) {
    String encoded = token.substring(token.indexOf('.') + 1, token.lastIndexOf('.'));
    return ScimJson.parse(Base64.getUrlDecoder().decode(encoded));
  }
}
