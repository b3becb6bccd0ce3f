package com.skovik.scim.skovik;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a listing, combined with AND; a null member is not sent.
 *
 * @param ids at most {@value #MAX_IDS} employee ids, or null; an empty list is rejected
 *     because it would match nothing
 * @param email exact, case-insensitive
 * @param externalId exact, case-sensitive
 * @param updatedAfter strictly after
 * @param createdAfter strictly after
 * @param sort null for the API's default ({@code created_at})
 * @param offset 0-based
 * @param limit 1 to {@value #MAX_LIMIT}
 */
public record EmployeeQuery(
    List<String> ids,
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

  public static final int MAX_IDS = 200;
  public static final int MAX_LIMIT = 200;
  public static final int DEFAULT_LIMIT = 50;

  public EmployeeQuery {
    if (ids != null) {
      ids = List.copyOf(ids);
      if (ids.isEmpty() || ids.size() > MAX_IDS) {
        throw new IllegalArgumentException("ids must hold 1 to " + MAX_IDS + " ids, not " + ids.size());
      }
      for (String id : ids) {
        if (id.isBlank() || id.indexOf(',') >= 0) {
          throw new IllegalArgumentException("an id in ids is blank or contains a comma");
        }
      }
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The query parameters in the contract's order, unencoded. */
  public Map<String, String> toQueryParameters() {
    Map<String, String> params = new LinkedHashMap<>();
    if (ids != null) {
      params.put("ids", String.join(",", ids));
    }
    putIfSet(params, "email", email);
    putIfSet(params, "external_id", externalId);
    putIfSet(params, "status", status == null ? null : status.wireValue());
    putIfSet(params, "branch_id", branchId);
    putIfSet(params, "superior_id", superiorId);
    putIfSet(params, "updated_after", updatedAfter == null ? null : updatedAfter.toString());
    putIfSet(params, "created_after", createdAfter == null ? null : createdAfter.toString());
    putIfSet(params, "sort", sort == null ? null : sort.wireValue());
    params.put("offset", Integer.toString(offset));
    params.put("limit", Integer.toString(limit));
    return params;
  }

  private static void putIfSet(Map<String, String> params, String name, String value) {
    if (value != null) {
      params.put(name, value);
    }
  }

  /** Starts with offset 0 and limit {@value #DEFAULT_LIMIT}; {@link #build()} validates. */
  public static final class Builder {
    private List<String> ids;
    private String email;
    private String externalId;
    private EmployeeStatus status;
    private String branchId;
    private String superiorId;
    private Instant updatedAfter;
    private Instant createdAfter;
    private EmployeeSort sort;
    private int offset;
    private int limit = DEFAULT_LIMIT;

    private Builder() {}

    public Builder ids(List<String> ids) { this.ids = ids; return this; }
    public Builder email(String email) { this.email = email; return this; }
    public Builder externalId(String externalId) { this.externalId = externalId; return this; }
    public Builder status(EmployeeStatus status) { this.status = status; return this; }
    public Builder branchId(String branchId) { this.branchId = branchId; return this; }
    public Builder superiorId(String superiorId) { this.superiorId = superiorId; return this; }
    public Builder updatedAfter(Instant updatedAfter) { this.updatedAfter = updatedAfter; return this; }
    public Builder createdAfter(Instant createdAfter) { this.createdAfter = createdAfter; return this; }
    public Builder sort(EmployeeSort sort) { this.sort = sort; return this; }
    public Builder offset(int offset) { this.offset = offset; return this; }
    public Builder limit(int limit) { this.limit = limit; return this; }

    public EmployeeQuery build() {
      return new EmployeeQuery(ids, email, externalId, status, branchId, superiorId,
          updatedAfter, createdAfter, sort, offset, limit);
    }
  }
}
