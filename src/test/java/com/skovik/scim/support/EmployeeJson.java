package com.skovik.scim.support;

import io.vertx.core.json.JsonObject;

/**
 * A Skovik employee as the upstream answers it, for WireMock stubs. Immutable: every setter
 * returns a changed copy, so a test can derive "the same employee, one version later" from a
 * shared starting point.
 *
 * <pre>{@code
 * EmployeeJson ada = EmployeeJson.employee("emp_ada").email("ada@example.com");
 * EmployeeJson renamed = ada.lastName("King").version(ada.version() + 1);
 * }</pre>
 */
public final class EmployeeJson {

  public static final String CREATED_AT = "2026-11-30T08:15:02.123Z";
  public static final String UPDATED_AT = "2026-12-01T10:00:00.456Z";

  private final JsonObject json;

  private EmployeeJson(JsonObject json) {
    this.json = json;
  }

  /** An active employee in branch {@code br_oslo}, without superior, external id or custom fields. */
  public static EmployeeJson employee(String id) {
    return new EmployeeJson(new JsonObject()
        .put("id", id)
        .put("email", id.replace("emp_", "") + "@example.com")
        .put("first_name", "First")
        .put("last_name", "Last")
        .put("status", "active")
        .put("branch_id", "br_oslo")
        .putNull("superior_id")
        .putNull("external_id")
        .put("custom_fields", new JsonObject())
        .put("created_at", CREATED_AT)
        .put("updated_at", UPDATED_AT)
        .put("version", 1));
  }

  public EmployeeJson email(String email) {
    return with("email", email);
  }

  public EmployeeJson firstName(String firstName) {
    return with("first_name", firstName);
  }

  public EmployeeJson lastName(String lastName) {
    return with("last_name", lastName);
  }

  public EmployeeJson archived() {
    return with("status", "archived");
  }

  public EmployeeJson branch(String branchId) {
    return with("branch_id", branchId);
  }

  public EmployeeJson superior(String superiorIdOrNull) {
    return with("superior_id", superiorIdOrNull);
  }

  public EmployeeJson externalId(String externalIdOrNull) {
    return with("external_id", externalIdOrNull);
  }

  /** Sets one custom field; {@code null} removes it (Skovik leaves fields without a value out). */
  public EmployeeJson customField(String fieldId, Object valueOrNull) {
    JsonObject copy = json.copy();
    if (valueOrNull == null) {
      copy.getJsonObject("custom_fields").remove(fieldId);
    } else {
      copy.getJsonObject("custom_fields").put(fieldId, valueOrNull);
    }
    return new EmployeeJson(copy);
  }

  public EmployeeJson version(long version) {
    return with("version", version);
  }

  /** The next version, as Skovik answers a write: version + 1 and a later {@code updated_at}. */
  public EmployeeJson nextVersion() {
    return with("version", version() + 1).with("updated_at", "2026-12-02T11:30:00.789Z");
  }

  public EmployeeJson updatedAt(String instant) {
    return with("updated_at", instant);
  }

  public String id() {
    return json.getString("id");
  }

  public String email() {
    return json.getString("email");
  }

  public long version() {
    return json.getLong("version");
  }

  public JsonObject json() {
    return json.copy();
  }

  public String encode() {
    return json.encode();
  }

  @Override
  public String toString() {
    return encode();
  }

  private EmployeeJson with(String member, Object value) {
    JsonObject copy = json.copy();
    if (value == null) {
      copy.putNull(member);
    } else {
      copy.put(member, value);
    }
    return new EmployeeJson(copy);
  }
}
