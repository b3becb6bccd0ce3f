package com.skovik.scim.skovik;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One page of a listing.
 *
 * @param total every match, not just this page
 */
public record EmployeePage(
    @JsonProperty("data") List<Employee> data,
    @JsonProperty("total") long total,
    @JsonProperty("offset") int offset,
    @JsonProperty("limit") int limit) {

  public EmployeePage {
    Objects.requireNonNull(data, "data");
    data = List.copyOf(data);
    if (total < 0 || offset < 0 || limit < 0) {
      throw new IllegalArgumentException("total, offset and limit cannot be negative");
    }
  }
}
