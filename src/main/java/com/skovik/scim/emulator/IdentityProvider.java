package com.skovik.scim.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An identity provider configuration as seeded into the emulator. The store adds
 * {@code company_id} and {@code updated_at} when it serves it.
 *
 * @param defaultBranchId a branch id (not an external identifier), or null when a division is required
 * @param customFieldMappings keys {@code custom_field1} … {@code custom_field9} to custom field ids
 */
public record IdentityProvider(
    String id,
    String name,
    boolean userProvisioningEnabled,
    List<String> activeTokenIds,
    String defaultBranchId,
    Map<String, String> customFieldMappings) {

  private static final Pattern MAPPING_KEY = Pattern.compile("custom_field[1-9]");

  public IdentityProvider {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    activeTokenIds = activeTokenIds == null ? List.of() : List.copyOf(activeTokenIds);
    customFieldMappings = customFieldMappings == null ? Map.of() : Map.copyOf(customFieldMappings);
    customFieldMappings.keySet().stream()
        .filter(key -> !MAPPING_KEY.matcher(key).matches())
        .findFirst()
        .ifPresent(key -> {
          throw new IllegalArgumentException("mapping keys are custom_field1..custom_field9, not " + key);
        });
  }

  /** The mappings in key order, for stable JSON output. */
  public Map<String, String> sortedMappings() {
    return new TreeMap<>(customFieldMappings);
  }

  public IdentityProvider withUserProvisioningEnabled(boolean enabled) {
    return new IdentityProvider(id, name, enabled, activeTokenIds, defaultBranchId, customFieldMappings);
  }

  public IdentityProvider withActiveTokenIds(List<String> tokenIds) {
    return new IdentityProvider(id, name, userProvisioningEnabled, tokenIds, defaultBranchId, customFieldMappings);
  }

  public IdentityProvider withToken(String tokenId) {
    List<String> tokens = new ArrayList<>(activeTokenIds);
    if (!tokens.contains(tokenId)) {
      tokens.add(tokenId);
    }
    return withActiveTokenIds(tokens);
  }

  public IdentityProvider withoutToken(String tokenId) {
    return withActiveTokenIds(activeTokenIds.stream().filter(token -> !token.equals(tokenId)).toList());
  }

  public IdentityProvider withDefaultBranchId(String branchId) {
    return new IdentityProvider(id, name, userProvisioningEnabled, activeTokenIds, branchId, customFieldMappings);
  }

  public IdentityProvider withCustomFieldMappings(Map<String, String> mappings) {
    return new IdentityProvider(id, name, userProvisioningEnabled, activeTokenIds, defaultBranchId, mappings);
  }
}
