package com.skovik.scim.scim.normalise;

import java.util.Locale;

/**
 * A member name of a resource body split into its parts: {@code name.givenName},
 * {@code urn:…:enterprise:2.0:User:division}, {@code urn:…:enterprise:2.0:User:manager.value}.
 * The schema URN ends at the last colon, never at a dot ({@code 2.0} contains one); the
 * sub-attribute starts at the first dot after it. Malformed keys are not errors here: they simply
 * resolve to nothing and are dropped like any other unknown attribute.
 *
 * @param schemaUrn the URN in front of the attribute, or null
 * @param attribute the attribute name as sent
 * @param subAttribute the sub-attribute name as sent, or null
 */
record AttributeKey(String schemaUrn, String attribute, String subAttribute) {

  static AttributeKey parse(String key) {
    String schemaUrn = null;
    String rest = key;
    if (key.toLowerCase(Locale.ROOT).startsWith("urn:")) {
      int lastColon = key.lastIndexOf(':');
      schemaUrn = key.substring(0, lastColon);
      rest = key.substring(lastColon + 1);
    }
    int dot = rest.indexOf('.');
    if (dot < 0) {
      return new AttributeKey(schemaUrn, rest, null);
    }
    return new AttributeKey(schemaUrn, rest.substring(0, dot), rest.substring(dot + 1));
  }
}
