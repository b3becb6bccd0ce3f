package com.skovik.scim.users;

import static com.skovik.scim.scim.ScimSchemas.CORE_USER;
import static com.skovik.scim.scim.ScimSchemas.ENTERPRISE_USER;
import static com.skovik.scim.scim.ScimSchemas.SKOVIK_USER;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.auth.Tenant;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.skovik.Employee;
import com.skovik.scim.skovik.EmployeeStatus;

/**
 * Skovik employee → canonical SCIM User. Values are returned exactly as Skovik stores them; the
 * derived attributes (displayName, name.formatted, emails) are computed here and nowhere else.
 */
final class UserMapper {

  private UserMapper() {}

  /**
   * @param related what the employee points at, resolved by the caller: its branch's external
   *     identifier and its superior's name
   */
  static ObjectNode toScim(Employee employee, Related related, Tenant tenant, String baseUrl) {
    ObjectNode user = ScimJson.newObject();
    ArrayNode schemas = user.putArray("schemas").add(CORE_USER).add(ENTERPRISE_USER);
    user.put("id", employee.id());
    if (employee.externalId() != null) {
      user.put("externalId", employee.externalId());
    }
    user.put("userName", employee.email());
    String fullName = employee.firstName() + " " + employee.lastName();
    ObjectNode name = user.putObject("name");
    name.put("formatted", fullName);
    name.put("familyName", employee.lastName());
    name.put("givenName", employee.firstName());
    user.put("displayName", fullName);
    user.put("active", employee.status() == EmployeeStatus.ACTIVE);
    user.putArray("emails").addObject()
        .put("value", employee.email()).put("type", "work").put("primary", true);

    ObjectNode enterprise = user.putObject(ENTERPRISE_USER);
    if (related.divisionOrNull() != null) {
      enterprise.put("division", related.divisionOrNull());
    }
    if (employee.superiorId() != null) {
      ObjectNode manager = enterprise.putObject("manager");
      manager.put("value", employee.superiorId());
      manager.put("$ref", location(baseUrl, employee.superiorId()));
      if (related.managerNameOrNull() != null) {
        manager.put("displayName", related.managerNameOrNull());
      }
    }

    ObjectNode extension = ScimJson.newObject();
    for (CustomFieldAttribute field : tenant.customFields()) {
      var value = employee.customFields().get(field.fieldId());
      if (value != null && !value.isNull()) {
        extension.set(field.scimName(), value);
      }
    }
    if (!extension.isEmpty()) {
      schemas.add(SKOVIK_USER);
      user.set(SKOVIK_USER, extension);
    }

    ObjectNode meta = user.putObject("meta");
    meta.put("resourceType", "User");
    meta.put("created", employee.createdAt().toString());
    meta.put("lastModified", employee.updatedAt().toString());
    meta.put("location", location(baseUrl, employee.id()));
    meta.put("version", ETags.of(employee.version()));
    return user;
  }

  static String location(String baseUrl, String id) {
    return baseUrl + "/Users/" + id;
  }

  /** The branch's external identifier and the superior's display name, either may be absent. */
  record Related(String divisionOrNull, String managerNameOrNull) {}
}
