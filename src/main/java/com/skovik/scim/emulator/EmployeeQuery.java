package com.skovik.scim.emulator;

import io.vertx.core.MultiMap;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query parameters of {@code GET /employees}, parsed and checked: an unknown, repeated
 * or empty parameter or a bad value answers {@code 400 bad_request}. Null members are not
 * filtered on.
 */
record EmployeeQuery(
    Set<String> ids,
    String email,
    String externalId,
    EmployeeStatus status,
    String branchId,
    String superiorId,
    Instant updatedAfter,
    Instant createdAfter,
    EmployeeSort sort,
    int offset,
    int limit) {

  static final int MAX_IDS = 200;
  static final int MAX_LIMIT = 200;
  static final int DEFAULT_LIMIT = 50;
  private static final Set<String> PARAMETERS = Set.of("ids", "email", "external_id", "status", "branch_id",
      "superior_id", "updated_after", "created_after", "sort", "offset", "limit");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

  static EmployeeQuery parse(MultiMap parameters) {
    QueryParameters.requireOnly(parameters, PARAMETERS);
    return new EmployeeQuery(
        ids(parameters.get("ids")),
        parameters.get("email"),
        parameters.get("external_id"),
        status(parameters.get("status")),
        parameters.get("branch_id"),
        parameters.get("superior_id"),
        instant("updated_after", parameters.get("updated_after")),
        instant("created_after", parameters.get("created_after")),
        sort(parameters.get("sort")),
        integer("offset", parameters.get("offset"), 0, Integer.MAX_VALUE, 0),
        integer("limit", parameters.get("limit"), 1, MAX_LIMIT, DEFAULT_LIMIT));
  }

  boolean matches(Employee employee) {
    return (ids == null || ids.contains(employee.id()))
        && (email == null || email.equalsIgnoreCase(employee.email()))
        && (externalId == null || externalId.equals(employee.externalId()))
        && (status == null || status == employee.status())
        && (branchId == null || branchId.equals(employee.branchId()))
        && (superiorId == null || superiorId.equals(employee.superiorId()))
        && (updatedAfter == null || employee.updatedAt().isAfter(updatedAfter))
        && (createdAfter == null || employee.createdAt().isAfter(createdAfter));
  }

  private static Set<String> ids(String value) {
    if (value == null) {
      return null;
    }
    List<String> ids = Arrays.stream(value.split(",", -1)).map(String::trim).toList();
    if (ids.contains("")) {
      throw ApiError.badRequest("ids must be comma-separated employee ids without empty entries");
    }
    if (ids.size() > MAX_IDS) {
      throw ApiError.badRequest("ids names at most " + MAX_IDS + " employees");
    }
    return new LinkedHashSet<>(ids);
  }

  private static EmployeeStatus status(String value) {
    return value == null ? null : EmployeeStatus.fromWireName(value)
        .orElseThrow(() -> ApiError.badRequest("status must be active or archived"));
  }

  private static Instant instant(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notRfc3339) {
      throw ApiError.badRequest(name + " must be an RFC 3339 date-time");
    }
  }

  private static EmployeeSort sort(String value) {
    return value == null ? EmployeeSort.DEFAULT : EmployeeSort.parse(value)
        .orElseThrow(() -> ApiError.badRequest("sort must be one of created_at, updated_at, email, first_name,"
            + " last_name, optionally prefixed by -"));
  }

  private static int integer(String name, String value, int min, int max, int absent) {
    if (value == null) {
      return absent;
    }
    int number = DIGITS.matcher(value).matches() ? Integer.parseInt(value) : -1;
    if (number < min || number > max) {
      throw ApiError.badRequest(name + " must be an integer from " + min + " to " + max);
    }
    return number;
  }
}
