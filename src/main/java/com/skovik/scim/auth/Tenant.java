package com.skovik.scim.auth;

import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.scim.schema.UserSchemas;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose request this is, taken from the verified token and the identity provider configuration
 * only — never from the path, query or body.
 *
 * @param customFields the Skovik extension attributes this identity provider maps, with the
 *     definitions of the Skovik fields they map to
 */
public record Tenant(
    String companyId,
    String identityProviderId,
    String defaultBranchId,
    List<CustomFieldAttribute> customFields) {

  public Tenant {
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(identityProviderId, "identityProviderId");
    customFields = List.copyOf(customFields);
  }

  public Optional<String> defaultBranch() {
    return Optional.ofNullable(defaultBranchId);
  }

  /** The User schemas as this identity provider sees them. */
  public ResourceSchema userSchema() {
    return UserSchemas.forIdentityProvider(defaultBranchId == null, customFields);
  }

  /** For log lines: ids only, which are not personal data. */
  public String label() {
    return companyId + "/" + identityProviderId;
  }
}
