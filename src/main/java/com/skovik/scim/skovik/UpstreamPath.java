package com.skovik.scim.skovik;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Builds the path and query of an upstream call. Every path segment and query name and value
 * is percent-encoded (UTF-8) except RFC 3986 unreserved characters, so an id cannot change the
 * path and {@code +} in an email stays a plus.
 */
final class UpstreamPath {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UpstreamPath() {}

  /** {@code /seg1/seg2…}; each segment must be non-blank and not {@code .} or {@code ..}. */
  static String of(String... segments) {
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      Objects.requireNonNull(segment, "path segment");
      if (segment.isBlank() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("invalid path segment '" + segment + "'");
      }
      path.append('/').append(encode(segment));
    }
    return path.toString();
  }

  /** {@code path?name=value&…}, or the path alone when there are no parameters. */
  static String withQuery(String path, Map<String, String> parameters) {
    if (parameters.isEmpty()) {
      return path;
    }
    StringJoiner query = new StringJoiner("&", path + "?", "");
    parameters.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
    return query.toString();
  }

  static String encode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0f]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
