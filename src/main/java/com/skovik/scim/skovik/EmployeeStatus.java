package com.skovik.scim.skovik;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An employee's life-cycle state; archiving is permanent. */
public enum EmployeeStatus {
  @JsonProperty("active") ACTIVE("active"),
  @JsonProperty("archived") ARCHIVED("archived");

  private final String wireValue;

  EmployeeStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as the API writes it, for query parameters. */
  public String wireValue() {
    return wireValue;
  }
}
