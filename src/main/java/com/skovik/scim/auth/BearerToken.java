package com.skovik.scim.auth;

import com.skovik.scim.scim.ScimException;
import java.util.Locale;

/**
 * Extracts the token from an Authorization header: {@code Bearer <token>}, and the bare
 * {@code <token>} that Okta's "Header" authentication mode sends.
 */
final class BearerToken {

  private BearerToken() {}

  static String from(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw ScimException.unauthorized("The Authorization header is missing; send "
          + "\"Authorization: Bearer <SCIM token>\" with the token generated in Skovik.");
    }
    String value = authorization.trim();
    int space = value.indexOf(' ');
    if (space < 0) {
      return value;
    }
    String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
    String token = value.substring(space + 1).trim();
    if (!scheme.equals("bearer") || token.isEmpty() || token.indexOf(' ') >= 0) {
      throw ScimException.unauthorized("The Authorization header must be \"Bearer <SCIM token>\".");
    }
    return token;
  }
}
