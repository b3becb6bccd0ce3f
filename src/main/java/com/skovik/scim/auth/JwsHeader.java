package com.skovik.scim.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import java.util.Base64;
import java.util.Set;

/**
 * The protected header of a compact JWS, read before any signature check so that only the
 * algorithms Skovik signs with are ever considered: {@code none} and the HMAC family (with which
 * a public key could be abused as a shared secret) are refused outright.
 */
record JwsHeader(String algorithm, String keyId) {

  static final Set<String> ACCEPTED_ALGORITHMS = Set.of("RS256", "ES256");

  static JwsHeader parse(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      throw invalid("The SCIM token is not a signed JSON Web Token.");
    }
    JsonNode header;
    try {
      header = ScimJson.mapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
    } catch (Exception e) {
      throw invalid("The SCIM token is not a signed JSON Web Token.");
    }
    if (header == null || !header.isObject() || !header.path("alg").isTextual()) {
      throw invalid("The SCIM token is not a signed JSON Web Token.");
    }
    String algorithm = header.get("alg").asText();
    if (!ACCEPTED_ALGORITHMS.contains(algorithm)) {
      throw invalid("The SCIM token is signed with an algorithm that Skovik does not use.");
    }
    JsonNode kid = header.get("kid");
    return new JwsHeader(algorithm, kid != null && kid.isTextual() ? kid.asText() : null);
  }

  private static ScimException invalid(String detail) {
    return ScimException.unauthorized(detail);
  }
}
