package com.skovik.scim.emulator;

import java.util.Arrays;
import java.util.Optional;

/** The two states of an employee; archiving is permanent. */
public enum EmployeeStatus {
  ACTIVE("active"),
  ARCHIVED("archived");

  private final String wireName;

  EmployeeStatus(String wireName) {
    this.wireName = wireName;
  }

  /** The value used in JSON and query parameters. */
  public String wireName() {
    return wireName;
  }

  static Optional<EmployeeStatus> fromWireName(String value) {
    return Arrays.stream(values()).filter(status -> status.wireName.equals(value)).findFirst();
  }
}
