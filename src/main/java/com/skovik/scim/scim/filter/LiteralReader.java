package com.skovik.scim.scim.filter;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the value of a comparison (RFC 7644 §3.4.2.2 compValue): a JSON string, a JSON number,
 * {@code true}, {@code false} or {@code null}. Entra ID's legacy unquoted form
 * ({@code externalId eq jyoung}) is accepted: a bare word that is none of those is a string.
 */
final class LiteralReader {

  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");
  private static final int MAX_NUMBER_LENGTH = 100;

  /** Marks the {@code null} literal while reading; the AST stores a plain null. */
  static final Object NULL = new Object();

  private LiteralReader() {}

  /** Returns a String, BigDecimal, Boolean, or {@link #NULL}. */
  static Object read(FilterCursor cursor, CompareOp op) {
    if (cursor.peek() == '"' && !cursor.atEnd()) {
      return readString(cursor);
    }
    int start = cursor.position();
    String word = cursor.readWhile(LiteralReader::isBareCharacter);
    if (word.isEmpty()) {
      throw cursor.errorHere("expected a value after \"" + op.keyword() + "\" but found "
          + cursor.describeCurrent());
    }
    if (FilterCursor.equalsIgnoreAsciiCase(word, "true")) {
      return Boolean.TRUE;
    }
    if (FilterCursor.equalsIgnoreAsciiCase(word, "false")) {
      return Boolean.FALSE;
    }
    if (FilterCursor.equalsIgnoreAsciiCase(word, "null")) {
      return NULL;
    }
    if (word.length() <= MAX_NUMBER_LENGTH + 20 && JSON_NUMBER.matcher(word).matches()) {
      return number(cursor, word, start);
    }
    return bareWord(cursor, word, start, op);
  }

  private static Object number(FilterCursor cursor, String word, int start) {
    if (word.length() > MAX_NUMBER_LENGTH) {
      throw cursor.errorAt(start, "the number is longer than " + MAX_NUMBER_LENGTH + " characters");
    }
    try {
      return new BigDecimal(word);
    } catch (NumberFormatException | ArithmeticException e) {
      throw cursor.errorAt(start, "the number is out of range");
    }
  }

  private static String bareWord(FilterCursor cursor, String word, int start, CompareOp op) {
    if (FilterCursor.equalsIgnoreAsciiCase(word, "and") || FilterCursor.equalsIgnoreAsciiCase(word, "or")
        || FilterCursor.equalsIgnoreAsciiCase(word, "not")) {
      throw cursor.errorAt(start, "expected a value after \"" + op.keyword() + "\" but found \""
          + word + "\"");
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\'' || c == '\\' || c == ',' || c == ';') {
        throw cursor.errorAt(start + i, "unexpected '" + c + "' in an unquoted value; "
            + "string values are written in double quotes");
      }
    }
    return word;
  }

  private static boolean isBareCharacter(char c) {
    return c > 0x20 && c != 0x7f && c != '(' && c != ')' && c != '[' && c != ']' && c != '"';
  }

  /** A JSON string literal (RFC 8259 §7), starting at the opening quote. */
  private static String readString(FilterCursor cursor) {
    int start = cursor.position();
    cursor.next();
    StringBuilder value = new StringBuilder();
    while (true) {
      if (cursor.atEnd()) {
        throw cursor.errorAt(start, "the string starting here is not closed with '\"'");
      }
      char c = cursor.next();
      if (c == '"') {
        return value.toString();
      }
      if (c == '\\') {
        value.append(escape(cursor));
      } else if (c < 0x20) {
        throw cursor.errorAt(cursor.position() - 1, String.format(
            "control character U+%04X must be escaped in a string", (int) c));
      } else {
        value.append(c);
      }
    }
  }

  private static char escape(FilterCursor cursor) {
    int at = cursor.position() - 1;
    if (cursor.atEnd()) {
      throw cursor.errorAt(at, "the escape sequence is incomplete");
    }
    char c = cursor.next();
    switch (c) {
      case '"': return '"';
      case '\\': return '\\';
      case '/': return '/';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'u': return unicodeEscape(cursor, at);
      default:
        throw cursor.errorAt(at, "\\" + c + " is not a JSON escape sequence; "
            + "use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX");
    }
  }

  private static char unicodeEscape(FilterCursor cursor, int at) {
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = cursor.atEnd() ? -1 : hexDigit(cursor.peek());
      if (digit < 0) {
        throw cursor.errorAt(at, "\\u must be followed by four hexadecimal digits");
      }
      cursor.next();
      code = code * 16 + digit;
    }
    return (char) code;
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
