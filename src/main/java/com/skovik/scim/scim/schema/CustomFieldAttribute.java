package com.skovik.scim.scim.schema;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Skovik extension attribute ({@code custom_field1} … {@code custom_field9}) as one identity
 * provider maps it: the Skovik field's id, name, value kind and, for selects, its options.
 */
public record CustomFieldAttribute(
    String scimName, String fieldId, String fieldName, Kind kind, List<String> options) {

  private static final Pattern SCIM_NAME = Pattern.compile("custom_field[1-9]");

  public CustomFieldAttribute {
    Objects.requireNonNull(scimName, "scimName");
    Objects.requireNonNull(fieldId, "fieldId");
    Objects.requireNonNull(fieldName, "fieldName");
    Objects.requireNonNull(kind, "kind");
    if (!SCIM_NAME.matcher(scimName).matches()) {
      throw new IllegalArgumentException("not a Skovik extension attribute: " + scimName);
    }
    options = options == null ? List.of() : List.copyOf(options);
  }

  /** The Skovik custom field types of the upstream contract. */
  public enum Kind { TEXT, NUMBER, BOOLEAN, DATE, SELECT }
}
