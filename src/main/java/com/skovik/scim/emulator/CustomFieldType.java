package com.skovik.scim.emulator;

import java.util.Arrays;
import java.util.Optional;

/** The value types a custom field can have; the wire name also forms the {@code invalid_<type>} reason. */
public enum CustomFieldType {
  TEXT("text"),
  NUMBER("number"),
  BOOLEAN("boolean"),
  DATE("date"),
  SELECT("select");

  private final String wireName;

  CustomFieldType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The validation reason for a value of the wrong type, e.g. {@code invalid_number}. */
  public String invalidValueReason() {
    return "invalid_" + wireName;
  }

  public static Optional<CustomFieldType> fromWireName(String value) {
    return Arrays.stream(values()).filter(type -> type.wireName.equals(value)).findFirst();
  }
}
