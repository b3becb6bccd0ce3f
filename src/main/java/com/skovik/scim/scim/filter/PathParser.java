package com.skovik.scim.scim.filter;

import java.util.Locale;

/**
 * Reads attribute paths (RFC 7644 §3.10): {@code [urn:…:]ATTRNAME[.subAttr]}. The schema URN ends
 * at the last {@code :} of the path, so {@code urn:…:enterprise:2.0:User:manager.value} splits into
 * the URN, {@code manager} and {@code value}, the dot in {@code 2.0} notwithstanding.
 */
final class PathParser {

  private static final int MAX_SHOWN = 120;

  private PathParser() {}

  /** Parses a whole text as one attribute path, reporting {@code invalidPath}. */
  static AttributePath attributePathOnly(String text) {
    if (text == null || text.isBlank()) {
      throw FilterCursor.forPath("").errorHere("the attribute path is empty");
    }
    FilterCursor cursor = FilterCursor.forPath(text);
    AttributePath path = read(cursor);
    if (!cursor.atEnd()) {
      throw cursor.errorHere("expected the end of the attribute path but found "
          + cursor.describeCurrent());
    }
    return path;
  }

  static boolean startsPath(char c) {
    return FilterCursor.isAsciiLetter(c) || c == '$';
  }

  /** Reads a path at the cursor; the cursor must be on its first character. */
  static AttributePath read(FilterCursor cursor) {
    int start = cursor.position();
    if (!startsPath(cursor.peek())) {
      throw cursor.errorHere("expected an attribute name but found " + cursor.describeCurrent());
    }
    String token = cursor.readWhile(PathParser::isPathCharacter);
    int lastColon = token.lastIndexOf(':');
    String schemaUrn = null;
    String rest = token;
    int restStart = start;
    if (lastColon >= 0) {
      schemaUrn = token.substring(0, lastColon);
      checkUrn(cursor, schemaUrn, start);
      rest = token.substring(lastColon + 1);
      restStart = start + lastColon + 1;
      if (rest.isEmpty()) {
        throw cursor.errorAt(restStart, "expected an attribute name after the schema URN");
      }
    }
    int dot = rest.indexOf('.');
    if (dot < 0) {
      checkName(cursor, rest, restStart);
      return new AttributePath(schemaUrn, rest, null);
    }
    String attribute = rest.substring(0, dot);
    String sub = rest.substring(dot + 1);
    checkName(cursor, attribute, restStart);
    if (sub.indexOf('.') > 0) {
      throw cursor.errorAt(restStart + dot + 1 + sub.indexOf('.'),
          "an attribute path has at most one sub-attribute (\"" + shown(token) + "\")");
    }
    checkName(cursor, sub, restStart + dot + 1);
    return new AttributePath(schemaUrn, attribute, sub);
  }

  /** Reads a bare sub-attribute name, as after {@code ].} in a value path. */
  static String readName(FilterCursor cursor) {
    int start = cursor.position();
    String name = cursor.readWhile(PathParser::isNameCharacter);
    checkName(cursor, name, start);
    return name;
  }

  private static void checkUrn(FilterCursor cursor, String urn, int start) {
    if (!urn.toLowerCase(Locale.ROOT).startsWith("urn:")) {
      throw cursor.errorAt(start, "\"" + shown(urn) + ":\" is not a schema URN; attribute names "
          + "cannot contain ':' and schema URNs start with \"urn:\"");
    }
    int emptySegment = urn.indexOf("::");
    if (emptySegment >= 0 || urn.endsWith(".")) {
      throw cursor.errorAt(start + Math.max(emptySegment, 0),
          "the schema URN \"" + shown(urn) + "\" is malformed");
    }
  }

  private static void checkName(FilterCursor cursor, String name, int start) {
    if (name.isEmpty()) {
      throw cursor.errorAt(start, "expected an attribute name but found "
          + describeAt(cursor, start));
    }
    if (name.equalsIgnoreCase("$ref")) {
      return;
    }
    if (!FilterCursor.isAsciiLetter(name.charAt(0))) {
      throw cursor.errorAt(start, "\"" + shown(name) + "\" is not an attribute name; names start "
          + "with a letter");
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(FilterCursor.isAsciiLetter(c) || FilterCursor.isAsciiDigit(c) || c == '_' || c == '-')) {
        throw cursor.errorAt(start + i, "\"" + shown(name) + "\" is not an attribute name; '" + c
            + "' is not allowed in names");
      }
    }
  }

  private static String describeAt(FilterCursor cursor, int at) {
    return at == cursor.position() ? cursor.describeCurrent() : "'.'";
  }

  static boolean isNameCharacter(char c) {
    return FilterCursor.isAsciiLetter(c) || FilterCursor.isAsciiDigit(c)
        || c == '_' || c == '-' || c == '$';
  }

  private static boolean isPathCharacter(char c) {
    return isNameCharacter(c) || c == '.' || c == ':';
  }

  static String shown(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
  }
}
