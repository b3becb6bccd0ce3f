package com.skovik.scim.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.auth.Tenant;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.skovik.Employee;
import com.skovik.scim.skovik.EmployeePatch;
import java.util.Map;
import java.util.Objects;

/**
 * What a desired User changes in an employee, as the members of a merge patch. Only real
 * changes are listed, so a PATCH or PUT that changes nothing writes nothing upstream. The branch
 * is compared here but resolved by the caller (it may need a lookup).
 */
final class EmployeeChanges {

  private EmployeeChanges() {}

  /** The patch without the branch; {@code customFields} are already in Skovik's form. */
  static EmployeePatch.Builder between(Employee current, UserState desired,
      Map<String, JsonNode> customFields, Tenant tenant) {
    EmployeePatch.Builder patch = EmployeePatch.builder();
    if (!current.email().equals(desired.userName())) {
      patch.email(desired.userName());
    }
    if (!current.firstName().equals(desired.givenName())) {
      patch.firstName(desired.givenName());
    }
    if (!current.lastName().equals(desired.familyName())) {
      patch.lastName(desired.familyName());
    }
    if (!Objects.equals(current.externalId(), desired.externalId())) {
      patch.externalId(desired.externalId());
    }
    if (!Objects.equals(current.superiorId(), desired.managerId())) {
      patch.superiorId(desired.managerId());
    }
    for (CustomFieldAttribute field : tenant.customFields()) {
      JsonNode before = current.customFields().get(field.fieldId());
      JsonNode after = customFields.get(field.fieldId());
      if (!sameValue(before, after)) {
        patch.customField(field.fieldId(), after);
      }
    }
    return patch;
  }

  /** Whether the desired division names another branch than the employee's. */
  static boolean branchChanges(String currentDivision, UserState desired) {
    if (desired.division() == null) {
      // Absent keeps the branch; a required division is checked elsewhere.
      return false;
    }
    return currentDivision == null || !currentDivision.equalsIgnoreCase(desired.division());
  }

  /** JSON values compared as Skovik stores them: 12 and 12.0 are the same number. */
  static boolean sameValue(JsonNode a, JsonNode b) {
    boolean aAbsent = a == null || a.isNull();
    boolean bAbsent = b == null || b.isNull();
    if (aAbsent || bAbsent) {
      return aAbsent == bAbsent;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }
}
