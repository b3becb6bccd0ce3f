package com.skovik.scim.emulator;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The mutable state of one company. Not thread-safe by itself: only {@link EmulatorStore}
 * touches it, under the store's lock. Keeps the email index in step with the employees.
 */
final class CompanyData {

  /** An identity provider and the instant of its last change. */
  record StoredIdentityProvider(IdentityProvider config, Instant updatedAt) {}

  private final String id;
  private final Map<String, Branch> branches = new LinkedHashMap<>();
  private final Map<String, CustomField> customFields = new LinkedHashMap<>();
  private final Map<String, StoredIdentityProvider> identityProviders = new LinkedHashMap<>();
  private final Map<String, Employee> employees = new LinkedHashMap<>();
  private final Map<String, String> employeeIdByEmail = new HashMap<>();

  CompanyData(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  Optional<Branch> branch(String branchId) {
    return Optional.ofNullable(branches.get(branchId));
  }

  Collection<Branch> branches() {
    return Collections.unmodifiableCollection(branches.values());
  }

  Optional<Branch> branchByExternalIdentifier(String externalIdentifier) {
    return branches.values().stream()
        .filter(branch -> branch.externalIdentifier() != null)
        .filter(branch -> branch.externalIdentifier().equalsIgnoreCase(externalIdentifier))
        .findFirst();
  }

  void putBranch(Branch branch) {
    branches.put(branch.id(), branch);
  }

  Optional<CustomField> customField(String fieldId) {
    return Optional.ofNullable(customFields.get(fieldId));
  }

  Collection<CustomField> customFields() {
    return Collections.unmodifiableCollection(customFields.values());
  }

  void putCustomField(CustomField field) {
    customFields.put(field.id(), field);
  }

  Optional<StoredIdentityProvider> identityProvider(String identityProviderId) {
    return Optional.ofNullable(identityProviders.get(identityProviderId));
  }

  void putIdentityProvider(IdentityProvider config, Instant updatedAt) {
    identityProviders.put(config.id(), new StoredIdentityProvider(config, updatedAt));
  }

  void removeIdentityProvider(String identityProviderId) {
    identityProviders.remove(identityProviderId);
  }

  Optional<Employee> employee(String employeeId) {
    return Optional.ofNullable(employees.get(employeeId));
  }

  /** Every non-deleted employee, in creation order. */
  Collection<Employee> employees() {
    return Collections.unmodifiableCollection(employees.values());
  }

  /** The id of the non-deleted employee (active or archived) holding this email, compared case-insensitively. */
  Optional<String> emailHolder(String email) {
    return Optional.ofNullable(employeeIdByEmail.get(emailKey(email)));
  }

  void putEmployee(Employee employee) {
    Employee previous = employees.put(employee.id(), employee);
    if (previous != null) {
      employeeIdByEmail.remove(emailKey(previous.email()));
    }
    employeeIdByEmail.put(emailKey(employee.email()), employee.id());
  }

  void removeEmployee(String employeeId) {
    Employee removed = employees.remove(employeeId);
    if (removed != null) {
      employeeIdByEmail.remove(emailKey(removed.email()));
    }
  }

  private static String emailKey(String email) {
    return email.toLowerCase(Locale.ROOT);
  }
}
