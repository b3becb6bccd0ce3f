package com.skovik.scim.users;

import com.skovik.scim.scim.ScimException;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weak entity tags over Skovik's version numbers: {@code W/"4"}. Clients may echo them with or
 * without the weak prefix in {@code If-Match}.
 */
final class ETags {

  private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

  private ETags() {}

  static String of(long version) {
    return "W/\"" + version + "\"";
  }

  /**
   * The version an {@code If-Match} header asks for; empty when there is none or it is
   * {@code *} (any version). A list of tags is not supported by a single-version resource and
   * is reported as a client error.
   */
  static OptionalLong ifMatch(String header) {
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return OptionalLong.empty();
    }
    Matcher matcher = TAG.matcher(header);
    if (!matcher.matches()) {
      // Not "invalidVers": that RFC 7644 keyword is about the SCIM protocol version.
      throw ScimException.badRequest("If-Match must be one entity tag such as W/\"4\", "
          + "as given in the ETag header or meta.version.");
    }
    return OptionalLong.of(Long.parseLong(matcher.group(1)));
  }
}
