package com.skovik.scim.scim.filter;

import com.skovik.scim.scim.ScimException;
import java.util.function.Function;

/**
 * A read position in a filter or PATCH path text. Every method moves forward only, so parsing is
 * linear in the length of the text. Errors name the 1-based character position.
 */
final class FilterCursor {

  private final CharSequence text;
  private int position;
  private String label;
  private Function<String, ScimException> errors;

  FilterCursor(CharSequence text, String label, Function<String, ScimException> errors) {
    this.text = text;
    this.label = label;
    this.errors = errors;
  }

  static FilterCursor forFilter(CharSequence text) {
    return new FilterCursor(text, "Filter", ScimException::invalidFilter);
  }

  static FilterCursor forPath(CharSequence text) {
    return new FilterCursor(text, "Path", ScimException::invalidPath);
  }

  /** From here on, errors are filter errors: used inside the brackets of a PATCH path. */
  void reportAsFilter() {
    this.label = "Filter";
    this.errors = ScimException::invalidFilter;
  }

  void reportAsPath() {
    this.label = "Path";
    this.errors = ScimException::invalidPath;
  }

  int position() {
    return position;
  }

  boolean atEnd() {
    return position >= text.length();
  }

  /** The current character, or 0 at the end. */
  char peek() {
    return atEnd() ? 0 : text.charAt(position);
  }

  char next() {
    return text.charAt(position++);
  }

  boolean consume(char expected) {
    if (peek() == expected && !atEnd()) {
      position++;
      return true;
    }
    return false;
  }

  void skipWhitespace() {
    while (!atEnd() && isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  /** Reads the longest run of characters accepted by {@code accepted}, possibly empty. */
  String readWhile(CharAccepted accepted) {
    int start = position;
    while (!atEnd() && accepted.test(text.charAt(position))) {
      position++;
    }
    return text.subSequence(start, position).toString();
  }

  /**
   * True when {@code keyword} (ASCII letters, any case) stands at the cursor as a whole word, not
   * as the start of a longer name. Looks at no more than {@code keyword.length() + 1} characters.
   */
  boolean atKeyword(String keyword) {
    int end = position + keyword.length();
    if (end > text.length()) {
      return false;
    }
    for (int i = 0; i < keyword.length(); i++) {
      if (asciiLower(text.charAt(position + i)) != keyword.charAt(i)) {
        return false;
      }
    }
    return end == text.length() || !PathParser.isNameCharacter(text.charAt(end));
  }

  void skip(int count) {
    position += count;
  }

  void expect(char expected, String what) {
    if (!consume(expected)) {
      throw errorHere("expected " + what + " but found " + describeCurrent());
    }
  }

  /** What the cursor is looking at, for error details. */
  String describeCurrent() {
    if (atEnd()) {
      return "the end of the " + label.toLowerCase(java.util.Locale.ROOT);
    }
    char c = peek();
    if (c < 0x20 || c == 0x7f) {
      return String.format("control character U+%04X", (int) c);
    }
    return "'" + c + "'";
  }

  ScimException errorHere(String message) {
    return errorAt(position, message);
  }

  ScimException errorAt(int at, String message) {
    return errors.apply(label + ": " + message + " at position " + (at + 1) + ".");
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Compares ASCII letters case-insensitively and every other character exactly. */
  static boolean equalsIgnoreAsciiCase(String text, String lowerCaseWord) {
    if (text.length() != lowerCaseWord.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (asciiLower(text.charAt(i)) != lowerCaseWord.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A character test without boxing. */
  @FunctionalInterface
  interface CharAccepted {
    boolean test(char c);
  }
}
