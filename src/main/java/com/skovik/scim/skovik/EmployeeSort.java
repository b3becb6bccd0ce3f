package com.skovik.scim.skovik;

/** The orders a listing can be sorted by; ties are broken by id. */
public enum EmployeeSort {
  CREATED_AT("created_at"),
  CREATED_AT_DESC("-created_at"),
  UPDATED_AT("updated_at"),
  UPDATED_AT_DESC("-updated_at"),
  EMAIL("email"),
  EMAIL_DESC("-email"),
  FIRST_NAME("first_name"),
  FIRST_NAME_DESC("-first_name"),
  LAST_NAME("last_name"),
  LAST_NAME_DESC("-last_name");

  private final String wireValue;

  EmployeeSort(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value of the {@code sort} query parameter. */
  public String wireValue() {
    return wireValue;
  }
}
