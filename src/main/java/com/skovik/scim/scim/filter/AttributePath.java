package com.skovik.scim.scim.filter;

import java.util.Objects;

/**
 * An attribute path as written in a filter or PATCH path (RFC 7644 §3.10): an optional schema URN,
 * the attribute, and an optional sub-attribute. Names keep the client's spelling; they are
 * compared case-insensitively when resolved against a schema.
 *
 * @param schemaUrn the schema URN in front of the attribute, or null
 * @param attribute the attribute name
 * @param subAttribute the sub-attribute after the dot, or null
 */
public record AttributePath(String schemaUrn, String attribute, String subAttribute) {

  public AttributePath {
    Objects.requireNonNull(attribute, "attribute");
    if (attribute.isEmpty()) {
      throw new IllegalArgumentException("empty attribute name");
    }
  }

  public static AttributePath of(String attribute) {
    return new AttributePath(null, attribute, null);
  }

  public static AttributePath of(String attribute, String subAttribute) {
    return new AttributePath(null, attribute, subAttribute);
  }

  /** Parses {@code [urn:…:]attribute[.subAttribute]}; throws {@code invalidPath} when it is not one. */
  public static AttributePath parse(String text) {
    return PathParser.attributePathOnly(text);
  }

  public AttributePath withoutSubAttribute() {
    return subAttribute == null ? this : new AttributePath(schemaUrn, attribute, null);
  }

  public AttributePath withSubAttribute(String sub) {
    return new AttributePath(schemaUrn, attribute, sub);
  }

  /** The path as a client would write it: {@code urn:…:User:manager.value}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (schemaUrn != null) {
      out.append(schemaUrn).append(':');
    }
    out.append(attribute);
    if (subAttribute != null) {
      out.append('.').append(subAttribute);
    }
    return out.toString();
  }
}
