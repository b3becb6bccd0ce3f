package com.skovik.scim.emulator;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The part of an employee that a create sets and a PATCH may change. Used to seed
 * employees directly into the store, too.
 *
 * @param superiorId another employee of the same company, or null
 * @param externalId free text chosen by the identity provider, or null
 * @param customFields custom field id to value (String, Number or Boolean); a field without a value is absent
 */
public record EmployeeFields(
    String email,
    String firstName,
    String lastName,
    String branchId,
    String superiorId,
    String externalId,
    Map<String, Object> customFields) {

  public EmployeeFields {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(branchId, "branchId");
    customFields = sortedCopy(customFields);
  }

  /**
   * An unmodifiable copy in key order (stable JSON) with numbers in one representation
   * (see {@link CustomFieldRules#normalized}); rejects null values, since a field without a
   * value is absent.
   */
  static Map<String, Object> sortedCopy(Map<String, Object> values) {
    if (values == null) {
      return Map.of();
    }
    if (values.values().stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("a custom field without a value is absent, not null");
    }
    Map<String, Object> sorted = new TreeMap<>();
    values.forEach((fieldId, value) -> sorted.put(fieldId, CustomFieldRules.normalized(value)));
    return Collections.unmodifiableMap(sorted);
  }

  public static EmployeeFields of(String email, String firstName, String lastName, String branchId) {
    return new EmployeeFields(email, firstName, lastName, branchId, null, null, Map.of());
  }

  public EmployeeFields withEmail(String newEmail) {
    return new EmployeeFields(newEmail, firstName, lastName, branchId, superiorId, externalId, customFields);
  }

  public EmployeeFields withBranchId(String newBranchId) {
    return new EmployeeFields(email, firstName, lastName, newBranchId, superiorId, externalId, customFields);
  }

  public EmployeeFields withSuperiorId(String newSuperiorId) {
    return new EmployeeFields(email, firstName, lastName, branchId, newSuperiorId, externalId, customFields);
  }

  public EmployeeFields withExternalId(String newExternalId) {
    return new EmployeeFields(email, firstName, lastName, branchId, superiorId, newExternalId, customFields);
  }

  public EmployeeFields withCustomFields(Map<String, Object> newCustomFields) {
    return new EmployeeFields(email, firstName, lastName, branchId, superiorId, externalId, newCustomFields);
  }
}
