package com.skovik.scim.emulator;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;

/** The wire form of the emulator's records: snake_case members, RFC 3339 UTC timestamps with milliseconds. */
final class EmulatorJson {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private EmulatorJson() {}

  /** For example {@code 2026-11-30T08:15:02.123Z}. */
  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  static JsonObject employee(Employee employee) {
    return new JsonObject()
        .put("id", employee.id())
        .put("email", employee.email())
        .put("first_name", employee.firstName())
        .put("last_name", employee.lastName())
        .put("status", employee.status().wireName())
        .put("branch_id", employee.branchId())
        .put("superior_id", employee.superiorId())
        .put("external_id", employee.externalId())
        .put("custom_fields", new JsonObject(new LinkedHashMap<>(employee.customFields())))
        .put("created_at", timestamp(employee.createdAt()))
        .put("updated_at", timestamp(employee.updatedAt()))
        .put("version", employee.version());
  }

  static JsonObject page(EmployeeListing.Page page) {
    return new JsonObject()
        .put("data", array(page.data().stream().map(EmulatorJson::employee).toList()))
        .put("total", page.total())
        .put("offset", page.offset())
        .put("limit", page.limit());
  }

  static JsonObject branch(Branch branch) {
    return new JsonObject()
        .put("id", branch.id())
        .put("name", branch.name())
        .put("external_identifier", branch.externalIdentifier())
        .put("archived", branch.archived());
  }

  static JsonObject customField(CustomField field) {
    JsonObject json = new JsonObject()
        .put("id", field.id())
        .put("name", field.name())
        .put("type", field.type().wireName());
    return field.type() == CustomFieldType.SELECT ? json.put("options", new JsonArray(field.options())) : json;
  }

  static JsonObject identityProvider(String companyId, CompanyData.StoredIdentityProvider stored) {
    IdentityProvider idp = stored.config();
    return new JsonObject()
        .put("id", idp.id())
        .put("company_id", companyId)
        .put("name", idp.name())
        .put("user_provisioning_enabled", idp.userProvisioningEnabled())
        .put("active_token_ids", new JsonArray(idp.activeTokenIds()))
        .put("default_branch_id", idp.defaultBranchId())
        .put("custom_field_mappings", new JsonObject(new LinkedHashMap<>(idp.sortedMappings())))
        .put("updated_at", timestamp(stored.updatedAt()));
  }

  /** {@code {"data": [...]}}. */
  static JsonObject data(Collection<JsonObject> items) {
    return new JsonObject().put("data", array(items));
  }

  private static JsonArray array(Collection<JsonObject> items) {
    JsonArray array = new JsonArray();
    items.forEach(array::add);
    return array;
  }
}
