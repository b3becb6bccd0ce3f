package com.skovik.scim.scim.filter;

import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.Filter.Not;
import com.skovik.scim.scim.filter.Filter.Or;
import com.skovik.scim.scim.filter.Filter.Present;
import com.skovik.scim.scim.filter.Filter.ValuePath;

/**
 * Parses the filter grammar of RFC 7644 §3.4.2.2 by recursive descent without backtracking, so
 * time is linear in the input. Precedence: {@code not} and grouping, then {@code and}, then
 * {@code or}; {@code and} and {@code or} associate to the left. Keywords, operators and the
 * literals {@code true}, {@code false} and {@code null} are case-insensitive. Any malformed input
 * ends in {@code 400 invalidFilter} naming the position and what was expected.
 */
public final class FilterParser {

  /** Longest filter accepted, in characters. */
  public static final int MAX_LENGTH = 10_000;
  /** Deepest nesting of parentheses, {@code not (…)} and value filters {@code […]}. */
  public static final int MAX_NESTING = 50;

  private final FilterCursor cursor;

  private FilterParser(FilterCursor cursor) {
    this.cursor = cursor;
  }

  /** Parses a filter; throws {@link ScimException} {@code invalidFilter} on any bad input. */
  public static Filter parse(String text) {
    return parse((CharSequence) text);
  }

  /** The same over any text; tests use it to count the characters the parser reads. */
  static Filter parse(CharSequence text) {
    if (text == null) {
      throw ScimException.invalidFilter("Filter: the filter is empty.");
    }
    if (text.length() > MAX_LENGTH) {
      throw ScimException.invalidFilter("Filter: the filter is longer than " + MAX_LENGTH
          + " characters.");
    }
    FilterCursor cursor = FilterCursor.forFilter(text);
    cursor.skipWhitespace();
    if (cursor.atEnd()) {
      throw ScimException.invalidFilter("Filter: the filter is empty.");
    }
    FilterParser parser = new FilterParser(cursor);
    Filter filter = parser.orExpression(0, false);
    cursor.skipWhitespace();
    if (!cursor.atEnd()) {
      throw cursor.errorHere("expected \"and\", \"or\" or the end of the filter but found "
          + cursor.describeCurrent());
    }
    return filter;
  }

  /** Parses the filter inside the brackets of a PATCH path; the cursor is after the '['. */
  static Filter parseValueFilter(FilterCursor cursor) {
    return new FilterParser(cursor).orExpression(1, true);
  }

  private Filter orExpression(int depth, boolean inValueFilter) {
    Filter left = andExpression(depth, inValueFilter);
    while (keyword("or")) {
      left = new Or(left, andExpression(depth, inValueFilter));
    }
    return left;
  }

  private Filter andExpression(int depth, boolean inValueFilter) {
    Filter left = unary(depth, inValueFilter);
    while (keyword("and")) {
      left = new And(left, unary(depth, inValueFilter));
    }
    return left;
  }

  private Filter unary(int depth, boolean inValueFilter) {
    cursor.skipWhitespace();
    if (cursor.peek() == '(' && !cursor.atEnd()) {
      enter(depth);
      cursor.next();
      Filter inner = orExpression(depth + 1, inValueFilter);
      closing(')', "')' to close the group");
      return inner;
    }
    if (cursor.atKeyword("not")) {
      cursor.skip(3);
      cursor.skipWhitespace();
      if (cursor.peek() != '(' || cursor.atEnd()) {
        throw cursor.errorHere("expected '(' after \"not\" but found "
            + cursor.describeCurrent() + "; write not (…)");
      }
      enter(depth);
      cursor.next();
      Filter inner = orExpression(depth + 1, inValueFilter);
      closing(')', "')' to close not (…)");
      return new Not(inner);
    }
    if (cursor.atKeyword("and") || cursor.atKeyword("or")) {
      throw cursor.errorHere("expected an attribute name, '(' or \"not\" but found \""
          + (cursor.atKeyword("or") ? "or" : "and") + "\"");
    }
    if (!PathParser.startsPath(cursor.peek())) {
      throw cursor.errorHere("expected an attribute name, '(' or \"not\" but found "
          + cursor.describeCurrent());
    }
    return attributeExpression(depth, inValueFilter);
  }

  private Filter attributeExpression(int depth, boolean inValueFilter) {
    int pathStart = cursor.position();
    AttributePath path = PathParser.read(cursor);
    cursor.skipWhitespace();
    if (cursor.peek() == '[' && !cursor.atEnd()) {
      return valuePath(path, pathStart, depth, inValueFilter);
    }
    return comparison(path);
  }

  private Filter valuePath(AttributePath path, int pathStart, int depth, boolean inValueFilter) {
    if (inValueFilter) {
      throw cursor.errorHere("value filters cannot be nested inside a value filter");
    }
    if (path.subAttribute() != null) {
      throw cursor.errorAt(pathStart, "a value filter '[' must follow an attribute without a "
          + "sub-attribute, not \"" + PathParser.shown(path.toString()) + "\"");
    }
    enter(depth);
    cursor.next();
    Filter inner = orExpression(depth + 1, true);
    closing(']', "']' to close the value filter of \"" + PathParser.shown(path.toString()) + "\"");
    if (cursor.peek() == '.' && !cursor.atEnd()) {
      cursor.next();
      AttributePath sub = AttributePath.of(PathParser.readName(cursor));
      cursor.skipWhitespace();
      inner = new And(inner, comparison(sub));
    }
    return new ValuePath(path, inner);
  }

  private Filter comparison(AttributePath path) {
    int opStart = cursor.position();
    String word = cursor.readWhile(FilterCursor::isAsciiLetter);
    if (word.isEmpty()) {
      throw cursor.errorHere("expected a comparison operator after \""
          + PathParser.shown(path.toString()) + "\" but found " + cursor.describeCurrent());
    }
    if (word.equalsIgnoreCase("pr")) {
      return new Present(path);
    }
    CompareOp op = CompareOp.fromKeyword(word).orElseThrow(() -> cursor.errorAt(opStart,
        "\"" + PathParser.shown(word) + "\" is not a comparison operator; expected eq, ne, co, "
            + "sw, ew, gt, ge, lt, le or pr"));
    char next = cursor.peek();
    if (!cursor.atEnd() && next != '"' && next != ')' && next != ']'
        && !FilterCursor.isWhitespace(next)) {
      throw cursor.errorHere("expected a space after \"" + word + "\" but found "
          + cursor.describeCurrent());
    }
    cursor.skipWhitespace();
    Object value = LiteralReader.read(cursor, op);
    return new Comparison(path, op, value == LiteralReader.NULL ? null : value);
  }

  /** Consumes {@code and}/{@code or} when it stands as a word at the cursor. */
  private boolean keyword(String keyword) {
    cursor.skipWhitespace();
    if (cursor.atKeyword(keyword)) {
      cursor.skip(keyword.length());
      return true;
    }
    return false;
  }

  private void closing(char expected, String what) {
    cursor.skipWhitespace();
    cursor.expect(expected, what);
  }

  private void enter(int depth) {
    if (depth >= MAX_NESTING) {
      throw cursor.errorHere("the filter nests deeper than " + MAX_NESTING + " levels");
    }
  }
}
