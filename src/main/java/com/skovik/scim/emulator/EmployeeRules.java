package com.skovik.scim.emulator;

import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns a create body or a JSON merge patch (RFC 7396) into the employee's new fields,
 * or throws the API's answer: {@code 422 validation_failed} with every field problem at
 * once, then {@code 409 email_taken}. References (branch, superior), email format and
 * custom field values are checked only where the value changes, so resending an
 * employee's current values never fails because a branch was archived meanwhile.
 */
final class EmployeeRules {

  private static final Set<String> READ_ONLY = Set.of("id", "status", "version", "created_at", "updated_at");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final int MAX_EMAIL_LENGTH = 254;

  private final CompanyData company;
  private final Employee current;
  private final Map<String, String> problems = new TreeMap<>();

  private EmployeeRules(CompanyData company, Employee current) {
    this.company = company;
    this.current = current;
  }

  static EmployeeFields forCreate(CompanyData company, JsonObject body) {
    return new EmployeeRules(company, null).merge(new Draft(), body);
  }

  static EmployeeFields forPatch(CompanyData company, Employee current, JsonObject patch) {
    return new EmployeeRules(company, current).merge(Draft.of(current.fields()), patch);
  }

  private EmployeeFields merge(Draft base, JsonObject body) {
    Draft merged = base.copy();
    for (String member : body.fieldNames()) {
      Object value = body.getValue(member);
      switch (member) {
        case "email" -> merged.email = string(member, value, base.email);
        case "first_name" -> merged.firstName = string(member, value, base.firstName);
        case "last_name" -> merged.lastName = string(member, value, base.lastName);
        case "branch_id" -> merged.branchId = string(member, value, base.branchId);
        case "superior_id" -> merged.superiorId = string(member, value, base.superiorId);
        case "external_id" -> merged.externalId = string(member, value, base.externalId);
        case "custom_fields" -> merged.customFields = customFields(value, base.customFields);
        default -> problems.put(member, READ_ONLY.contains(member) ? "read_only" : "unknown_field");
      }
    }
    checkChanges(base, merged);
    if (!problems.isEmpty()) {
      throw ApiError.validationFailed(problems);
    }
    checkEmailIsFree(base, merged);
    return merged.toFields();
  }

  private String string(String member, Object value, String unchanged) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    problems.put(member, "invalid_type");
    return unchanged;
  }

  private Map<String, Object> customFields(Object value, Map<String, Object> unchanged) {
    if (value == null) {
      return new LinkedHashMap<>();
    }
    if (!(value instanceof JsonObject patch)) {
      problems.put("custom_fields", "invalid_type");
      return unchanged;
    }
    Map<String, Object> merged = new LinkedHashMap<>(unchanged);
    patch.forEach(entry -> {
      if (entry.getValue() == null) {
        merged.remove(entry.getKey());
      } else {
        merged.put(entry.getKey(), CustomFieldRules.normalized(entry.getValue()));
      }
    });
    return merged;
  }

  private void checkChanges(Draft base, Draft merged) {
    if (mustCheck(base.email, merged.email) && required("email", merged.email)
        && (merged.email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(merged.email).matches())) {
      problems.put("email", "invalid_email");
    }
    if (mustCheck(base.firstName, merged.firstName)) {
      required("first_name", merged.firstName);
    }
    if (mustCheck(base.lastName, merged.lastName)) {
      required("last_name", merged.lastName);
    }
    if (mustCheck(base.branchId, merged.branchId) && required("branch_id", merged.branchId)) {
      checkBranch(merged.branchId);
    }
    if (merged.superiorId != null && mustCheck(base.superiorId, merged.superiorId)) {
      checkSuperior(merged.superiorId);
    }
    merged.customFields.forEach((fieldId, value) -> {
      if (mustCheck(base.customFields.get(fieldId), value)) {
        checkCustomField(fieldId, value);
      }
    });
  }

  private boolean mustCheck(Object before, Object after) {
    return current == null || !Objects.equals(before, after);
  }

  /** Records {@code required} for a missing or blank value; true when the value is there. */
  private boolean required(String field, String value) {
    if (value == null || value.isBlank()) {
      problems.putIfAbsent(field, "required");
      return false;
    }
    return !problems.containsKey(field);
  }

  private void checkBranch(String branchId) {
    company.branch(branchId).ifPresentOrElse(
        branch -> {
          if (branch.archived()) {
            problems.put("branch_id", "branch_archived");
          }
        },
        () -> problems.put("branch_id", "branch_not_found"));
  }

  private void checkSuperior(String superiorId) {
    if (company.employee(superiorId).isEmpty()) {
      problems.put("superior_id", "superior_not_found");
    } else if (current != null && chainLeadsBackToCurrent(superiorId)) {
      problems.put("superior_id", "superior_cycle");
    }
  }

  private boolean chainLeadsBackToCurrent(String superiorId) {
    Set<String> visited = new HashSet<>();
    String next = superiorId;
    while (next != null && visited.add(next)) {
      if (next.equals(current.id())) {
        return true;
      }
      next = company.employee(next).map(Employee::superiorId).orElse(null);
    }
    return false;
  }

  private void checkCustomField(String fieldId, Object value) {
    String field = "custom_fields." + fieldId;
    company.customField(fieldId).ifPresentOrElse(
        definition -> {
          if (!CustomFieldRules.accepts(definition, value)) {
            problems.put(field, definition.type().invalidValueReason());
          }
        },
        () -> problems.put(field, "unknown_custom_field"));
  }

  private void checkEmailIsFree(Draft base, Draft merged) {
    if (!merged.email.equalsIgnoreCase(Objects.requireNonNullElse(base.email, ""))) {
      company.emailHolder(merged.email)
          .filter(holder -> current == null || !holder.equals(current.id()))
          .ifPresent(holder -> {
            throw ApiError.emailTaken(holder);
          });
    }
  }

  /** The fields while they are merged and checked; nulls are allowed until the checks pass. */
  private static final class Draft {
    private String email;
    private String firstName;
    private String lastName;
    private String branchId;
    private String superiorId;
    private String externalId;
    private Map<String, Object> customFields = new LinkedHashMap<>();

    static Draft of(EmployeeFields fields) {
      Draft draft = new Draft();
      draft.email = fields.email();
      draft.firstName = fields.firstName();
      draft.lastName = fields.lastName();
      draft.branchId = fields.branchId();
      draft.superiorId = fields.superiorId();
      draft.externalId = fields.externalId();
      draft.customFields = new LinkedHashMap<>(fields.customFields());
      return draft;
    }

    Draft copy() {
      Draft copy = new Draft();
      copy.email = email;
      copy.firstName = firstName;
      copy.lastName = lastName;
      copy.branchId = branchId;
      copy.superiorId = superiorId;
      copy.externalId = externalId;
      copy.customFields = new LinkedHashMap<>(customFields);
      return copy;
    }

    EmployeeFields toFields() {
      return new EmployeeFields(email, firstName, lastName, branchId, superiorId, externalId, customFields);
    }
  }
}
