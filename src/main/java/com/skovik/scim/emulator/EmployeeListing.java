package com.skovik.scim.emulator;

import java.util.Collection;
import java.util.List;

/** Filters, sorts and pages employees for {@code GET /employees}. */
final class EmployeeListing {

  /** A page: {@code total} counts every match, not just the ones in {@code data}. */
  record Page(List<Employee> data, int total, int offset, int limit) {}

  private EmployeeListing() {}

  static Page page(Collection<Employee> employees, EmployeeQuery query) {
    List<Employee> matches = employees.stream()
        .filter(query::matches)
        .sorted(query.sort().comparator())
        .toList();
    int from = Math.min(query.offset(), matches.size());
    int to = Math.min(from + query.limit(), matches.size());
    return new Page(matches.subList(from, to), matches.size(), query.offset(), query.limit());
  }
}
