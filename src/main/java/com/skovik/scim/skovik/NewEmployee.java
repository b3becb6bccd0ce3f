package com.skovik.scim.skovik;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of a create. New employees are active. Null optional members are left out.
 *
 * @param customFields custom-field id → value (its JSON type); never null, may be empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewEmployee(
    @JsonProperty("email") String email,
    @JsonProperty("first_name") String firstName,
    @JsonProperty("last_name") String lastName,
    @JsonProperty("branch_id") String branchId,
    @JsonProperty("superior_id") String superiorId,
    @JsonProperty("external_id") String externalId,
    @JsonProperty("custom_fields") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        Map<String, JsonNode> customFields) {

  public NewEmployee {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(firstName, "first_name");
    Objects.requireNonNull(lastName, "last_name");
    Objects.requireNonNull(branchId, "branch_id");
    customFields = customFields == null
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
  }
}
