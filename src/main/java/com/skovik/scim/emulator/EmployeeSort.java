package com.skovik.scim.emulator;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** A {@code sort} parameter: a field, optionally descending; ties are always broken by ascending id. */
record EmployeeSort(String field, boolean descending) {

  static final EmployeeSort DEFAULT = new EmployeeSort("created_at", false);

  private static final Map<String, Comparator<Employee>> ORDER_BY_FIELD = Map.of(
      "created_at", Comparator.comparing(Employee::createdAt),
      "updated_at", Comparator.comparing(Employee::updatedAt),
      "email", Comparator.comparing(Employee::email, String.CASE_INSENSITIVE_ORDER),
      "first_name", Comparator.comparing(Employee::firstName, String.CASE_INSENSITIVE_ORDER),
      "last_name", Comparator.comparing(Employee::lastName, String.CASE_INSENSITIVE_ORDER));

  /** One of the ten allowed values ({@code email}, {@code -email}, …), or empty. */
  static Optional<EmployeeSort> parse(String value) {
    boolean descending = value.startsWith("-");
    String field = descending ? value.substring(1) : value;
    return ORDER_BY_FIELD.containsKey(field) ? Optional.of(new EmployeeSort(field, descending)) : Optional.empty();
  }

  Comparator<Employee> comparator() {
    Comparator<Employee> byField = ORDER_BY_FIELD.get(field);
    return (descending ? byField.reversed() : byField).thenComparing(Employee::id);
  }
}
