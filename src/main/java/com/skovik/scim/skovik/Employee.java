package com.skovik.scim.skovik;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An employee as the API answers it.
 *
 * @param customFields custom-field id → value; values keep their JSON type (text, number,
 *     boolean); a field without a value is absent. Never null, unmodifiable.
 */
public record Employee(
    @JsonProperty("id") String id,
    @JsonProperty("email") String email,
    @JsonProperty("first_name") String firstName,
    @JsonProperty("last_name") String lastName,
    @JsonProperty("status") EmployeeStatus status,
    @JsonProperty("branch_id") String branchId,
    @JsonProperty("superior_id") String superiorId,
    @JsonProperty("external_id") String externalId,
    @JsonProperty("custom_fields") Map<String, JsonNode> customFields,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("version") long version) {

  public Employee {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(firstName, "first_name");
    Objects.requireNonNull(lastName, "last_name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(branchId, "branch_id");
    Objects.requireNonNull(createdAt, "created_at");
    Objects.requireNonNull(updatedAt, "updated_at");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
    customFields = customFields == null
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
  }
}
