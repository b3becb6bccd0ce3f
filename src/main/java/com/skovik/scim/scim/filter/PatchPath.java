package com.skovik.scim.scim.filter;

import com.skovik.scim.scim.ScimException;
import java.util.Objects;

/**
 * A PATCH operation's {@code path} (RFC 7644 §3.5.2): {@code attrPath / valuePath [subAttr]}.
 *
 * <ul>
 *   <li>{@code name.givenName} → attribute {@code name}, no filter, sub-attribute {@code givenName}
 *   <li>{@code emails[type eq "work"].value} → attribute {@code emails}, filter
 *       {@code type eq "work"}, sub-attribute {@code value}
 *   <li>{@code urn:…:enterprise:2.0:User:manager} → attribute {@code manager} with its URN
 * </ul>
 *
 * <p>The sub-attribute always lives in {@link #subAttribute()}, never inside {@link #attribute()};
 * {@link #fullPath()} joins them back for the plain {@code attrPath} form.
 *
 * @param attribute schema URN and attribute; its own sub-attribute is always null
 * @param valueFilter the filter between the brackets, or null
 * @param subAttribute the sub-attribute after the dot (after {@code ]} or after the attribute), or null
 */
public record PatchPath(AttributePath attribute, Filter valueFilter, String subAttribute) {

  public PatchPath {
    Objects.requireNonNull(attribute, "attribute");
    if (attribute.subAttribute() != null) {
      throw new IllegalArgumentException("the sub-attribute of a PATCH path goes in subAttribute: "
          + attribute);
    }
  }

  /**
   * Parses a PATCH path. A malformed path is {@code 400 invalidPath}; a malformed filter inside
   * the brackets is {@code 400 invalidFilter}. Both name the character position.
   */
  public static PatchPath parse(String text) {
    if (text == null || text.isBlank()) {
      throw ScimException.invalidPath("Path: the path is empty.");
    }
    if (text.length() > FilterParser.MAX_LENGTH) {
      throw ScimException.invalidPath("Path: the path is longer than " + FilterParser.MAX_LENGTH
          + " characters.");
    }
    FilterCursor cursor = FilterCursor.forPath(text);
    cursor.skipWhitespace();
    AttributePath path = PathParser.read(cursor);
    if (cursor.peek() != '[' || cursor.atEnd()) {
      expectEnd(cursor);
      return new PatchPath(path.withoutSubAttribute(), null, path.subAttribute());
    }
    if (path.subAttribute() != null) {
      throw cursor.errorHere("a value filter '[' must follow an attribute without a "
          + "sub-attribute, not \"" + PathParser.shown(path.toString()) + "\"");
    }
    cursor.next();
    cursor.reportAsFilter();
    Filter filter = FilterParser.parseValueFilter(cursor);
    cursor.skipWhitespace();
    cursor.expect(']', "']' to close the value filter of \"" + PathParser.shown(path.toString())
        + "\"");
    cursor.reportAsPath();
    String sub = null;
    if (cursor.consume('.')) {
      sub = PathParser.readName(cursor);
    }
    expectEnd(cursor);
    return new PatchPath(path, filter, sub);
  }

  /** {@code attribute} with {@code subAttribute} joined in: the target of a path without filter. */
  public AttributePath fullPath() {
    return attribute.withSubAttribute(subAttribute);
  }

  public boolean hasValueFilter() {
    return valueFilter != null;
  }

  private static void expectEnd(FilterCursor cursor) {
    cursor.skipWhitespace();
    if (!cursor.atEnd()) {
      throw cursor.errorHere("expected the end of the path but found " + cursor.describeCurrent());
    }
  }

  /** The path as a client would write it. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(attribute.toString());
    if (valueFilter != null) {
      out.append('[').append(FilterPrinter.print(valueFilter)).append(']');
    }
    if (subAttribute != null) {
      out.append('.').append(subAttribute);
    }
    return out.toString();
  }
}
