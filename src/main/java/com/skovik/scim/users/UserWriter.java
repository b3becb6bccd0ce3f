package com.skovik.scim.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.skovik.Employee;
import com.skovik.scim.skovik.EmployeePatch;
import com.skovik.scim.skovik.EmployeeStatus;
import com.skovik.scim.skovik.SkovikClient;
import io.vertx.core.Future;
import java.util.Map;

/**
 * Brings an existing employee to a desired User state with the fewest upstream writes: one
 * conditional merge patch of the changed fields (none when nothing changed), then an archive
 * when the user is deactivated. Archived employees are permanent, and said to be.
 */
final class UserWriter {

  private final SkovikClient skovik;
  private final Divisions divisions;
  private final UpstreamErrors errors;

  UserWriter(SkovikClient skovik, Divisions divisions, UpstreamErrors errors) {
    this.skovik = skovik;
    this.divisions = divisions;
    this.errors = errors;
  }

  /**
   * @param currentDivision the division the client saw (the branch's external identifier)
   */
  Future<Employee> apply(UserCall call, Employee current, String currentDivision,
      UserState desired) {
    UserValidation.requireComplete(desired, current.email());
    Map<String, JsonNode> customFields =
        UserValidation.customFieldValues(desired, call.tenant(), current.customFields());
    EmployeePatch.Builder patch =
        EmployeeChanges.between(current, desired, customFields, call.tenant());
    boolean divisionCleared = desired.division() == null && currentDivision != null;
    boolean branchChanges = divisionCleared
        || EmployeeChanges.branchChanges(currentDivision, desired);
    if (current.status() == EmployeeStatus.ARCHIVED) {
      return archivedOutcome(current, patch.build(), branchChanges, desired);
    }
    Future<Employee> written = branchChanges
        ? divisions.writeWithBranch(call, desired.division(),
            branchId -> branchId.equals(current.branchId()) && patch.build().isEmpty()
                ? Future.succeededFuture(current)
                : write(call, current, patch.branchId(branchId).build()))
        : write(call, current, patch.build());
    return written.compose(updated -> Boolean.FALSE.equals(desired.activeOrNull())
        ? archive(call, updated)
        : Future.succeededFuture(updated));
  }

  Future<Employee> archive(UserCall call, Employee employee) {
    if (employee.status() == EmployeeStatus.ARCHIVED) {
      return Future.succeededFuture(employee);
    }
    return skovik.archiveEmployee(call.upstream(), call.companyId(), employee.id())
        .recover(failure -> errors.translate(failure, call, employee.id()));
  }

  private Future<Employee> write(UserCall call, Employee current, EmployeePatch patch) {
    if (patch.isEmpty()) {
      return Future.succeededFuture(current);
    }
    return skovik.patchEmployee(call.upstream(), call.companyId(), current.id(), patch,
        current.version());
  }

  /**
   * Repeating {@code active: false}, or leaving it unsaid, with nothing else changed is a no-op;
   * anything else is refused, reactivation above all.
   */
  private static Future<Employee> archivedOutcome(Employee current, EmployeePatch patch,
      boolean branchChanges, UserState desired) {
    if (Boolean.TRUE.equals(desired.activeOrNull())) {
      return Future.failedFuture(ScimException.mutability("The user is archived in Skovik. "
          + UpstreamErrors.ARCHIVED_IS_PERMANENT));
    }
    if (!patch.isEmpty() || branchChanges) {
      return Future.failedFuture(ScimException.mutability("The user is archived in Skovik and "
          + "cannot be changed. " + UpstreamErrors.ARCHIVED_IS_PERMANENT));
    }
    return Future.succeededFuture(current);
  }
}
