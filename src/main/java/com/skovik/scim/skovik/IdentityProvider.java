package com.skovik.scim.skovik;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration of one identity provider of a company.
 *
 * @param activeTokenIds the {@code jti} of every SCIM token that is still valid
 * @param defaultBranchId the branch id for users sent without a division, or null when a
 *     division is required
 * @param customFieldMappings {@code custom_field1} … {@code custom_field9} → custom-field id;
 *     an absent key is not mapped
 */
public record IdentityProvider(
    @JsonProperty("id") String id,
    @JsonProperty("company_id") String companyId,
    @JsonProperty("name") String name,
    @JsonProperty("user_provisioning_enabled") boolean userProvisioningEnabled,
    @JsonProperty("active_token_ids") List<String> activeTokenIds,
    @JsonProperty("default_branch_id") String defaultBranchId,
    @JsonProperty("custom_field_mappings") Map<String, String> customFieldMappings,
    @JsonProperty("updated_at") Instant updatedAt) {

  public IdentityProvider {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(companyId, "company_id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(activeTokenIds, "active_token_ids");
    Objects.requireNonNull(updatedAt, "updated_at");
    activeTokenIds = List.copyOf(activeTokenIds);
    customFieldMappings = customFieldMappings == null ? Map.of() : Map.copyOf(customFieldMappings);
  }
}
