package com.skovik.scim.emulator;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** An employee as the API serves it. Immutable: every change makes a new record with the next version. */
public record Employee(
    String id,
    String email,
    String firstName,
    String lastName,
    EmployeeStatus status,
    String branchId,
    String superiorId,
    String externalId,
    Map<String, Object> customFields,
    Instant createdAt,
    Instant updatedAt,
    int version) {

  public Employee {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(branchId, "branchId");
    customFields = EmployeeFields.sortedCopy(customFields);
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
  }

  static Employee created(String id, EmployeeFields fields, Instant at) {
    return new Employee(id, fields.email(), fields.firstName(), fields.lastName(), EmployeeStatus.ACTIVE,
        fields.branchId(), fields.superiorId(), fields.externalId(), fields.customFields(), at, at, 1);
  }

  public EmployeeFields fields() {
    return new EmployeeFields(email, firstName, lastName, branchId, superiorId, externalId, customFields);
  }

  public boolean archived() {
    return status == EmployeeStatus.ARCHIVED;
  }

  Employee changedTo(EmployeeFields fields, Instant at) {
    return new Employee(id, fields.email(), fields.firstName(), fields.lastName(), status, fields.branchId(),
        fields.superiorId(), fields.externalId(), fields.customFields(), createdAt, at, version + 1);
  }

  Employee archivedAt(Instant at) {
    return new Employee(id, email, firstName, lastName, EmployeeStatus.ARCHIVED, branchId, superiorId,
        externalId, customFields, createdAt, at, version + 1);
  }
}
