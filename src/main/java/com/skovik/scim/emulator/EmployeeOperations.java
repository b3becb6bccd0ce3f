package com.skovik.scim.emulator;

import io.vertx.core.json.JsonObject;
import java.util.OptionalInt;

/** The employee endpoints' behaviour over the store: each method is one atomic step or one API error. */
final class EmployeeOperations {

  private final EmulatorStore store;

  EmployeeOperations(EmulatorStore store) {
    this.store = store;
  }

  EmployeeListing.Page list(String companyId, EmployeeQuery query) {
    return store.inCompany(companyId, company -> EmployeeListing.page(company.employees(), query));
  }

  Employee get(String companyId, String employeeId) {
    return store.inCompany(companyId, company -> existing(company, employeeId));
  }

  Employee create(String companyId, JsonObject body) {
    return store.inCompany(companyId, company -> {
      EmployeeFields fields = EmployeeRules.forCreate(company, body);
      Employee created = Employee.created(store.newEmployeeId(), fields, store.nextChange());
      company.putEmployee(created);
      return created;
    });
  }

  /** Applies a merge patch; {@code expectedVersion} is the If-Match version, empty when unconditional. */
  Employee patch(String companyId, String employeeId, JsonObject patch, OptionalInt expectedVersion) {
    return store.inCompany(companyId, company -> {
      Employee current = existing(company, employeeId);
      if (current.archived()) {
        throw ApiError.employeeArchived(employeeId);
      }
      if (expectedVersion.isPresent() && expectedVersion.getAsInt() != current.version()) {
        throw ApiError.versionMismatch(current.version());
      }
      EmployeeFields fields = EmployeeRules.forPatch(company, current, patch);
      if (fields.equals(current.fields())) {
        return current;
      }
      Employee changed = current.changedTo(fields, store.nextChange());
      company.putEmployee(changed);
      return changed;
    });
  }

  Employee archive(String companyId, String employeeId) {
    return store.inCompany(companyId, company -> {
      Employee current = existing(company, employeeId);
      if (current.archived()) {
        return current;
      }
      Employee archived = current.archivedAt(store.nextChange());
      company.putEmployee(archived);
      return archived;
    });
  }

  /**
   * Removes the employee from the API and frees its email. (The product archives it first
   * and keeps it for its own records; nothing of that is visible through the API.)
   * Subordinates keep their {@code superior_id}, as the product keeps the record.
   */
  void delete(String companyId, String employeeId) {
    store.inCompany(companyId, company -> {
      existing(company, employeeId);
      company.removeEmployee(employeeId);
      return null;
    });
  }

  private static Employee existing(CompanyData company, String employeeId) {
    return company.employee(employeeId).orElseThrow(() -> ApiError.notFound("employee " + employeeId));
  }
}
