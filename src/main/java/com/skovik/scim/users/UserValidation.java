package com.skovik.scim.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.auth.Tenant;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a User must meet before anything is sent upstream: Skovik's required fields and
 * email login, and every custom field value checked against its definition.
 */
final class UserValidation {

  // Deliberately loose: one @, something on each side, a dot in the domain. Skovik decides the rest.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private UserValidation() {}

  static void requireComplete(UserState user) {
    requireComplete(user, null);
  }

  /**
   * As for a new user, except that an email Skovik already holds is not checked again: it may
   * predate our check, and the user must stay changeable (and deactivatable).
   */
  static void requireComplete(UserState user, String storedEmail) {
    if (user.userName() == null) {
      throw ScimException.invalidValue("userName is required: it is the employee's email address.");
    }
    if (!user.userName().equalsIgnoreCase(storedEmail) && !EMAIL.matcher(user.userName()).matches()) {
      throw ScimException.invalidValue("userName must be an email address: it is the "
          + "employee's Skovik login.");
    }
    if (user.givenName() == null) {
      throw ScimException.invalidValue("name.givenName is required: it is the employee's first name.");
    }
    if (user.familyName() == null) {
      throw ScimException.invalidValue("name.familyName is required: it is the employee's last name.");
    }
  }

  /** Custom field values of a new employee as Skovik stores them, by custom field id. */
  static Map<String, JsonNode> customFieldValues(UserState user, Tenant tenant) {
    return customFieldValues(user, tenant, Map.of());
  }

  /**
   * Custom field values as Skovik stores them, by custom field id. A value equal to the one
   * stored is kept as stored and not checked again: it may predate a change of its definition
   * (a select option renamed by an administrator), and an identity provider that echoes it back
   * (Okta's GET-then-PUT, OneLogin's template) must still be able to change everything else.
   *
   * @param stored the employee's current custom fields, by custom field id
   */
  static Map<String, JsonNode> customFieldValues(UserState user, Tenant tenant,
      Map<String, JsonNode> stored) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (CustomFieldAttribute field : tenant.customFields()) {
      JsonNode value = user.customFields().get(field.scimName());
      if (value != null) {
        JsonNode before = stored.get(field.fieldId());
        values.put(field.fieldId(), before != null && EmployeeChanges.sameValue(before, value)
            ? before
            : CustomFieldValues.toSkovik(field, value));
      }
    }
    return values;
  }
}
