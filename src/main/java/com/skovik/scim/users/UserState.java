package com.skovik.scim.users;

import static com.skovik.scim.scim.ScimSchemas.ENTERPRISE_USER;
import static com.skovik.scim.scim.ScimSchemas.SKOVIK_USER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The part of a User that Skovik keeps, read from a canonical SCIM resource. Two states are
 * compared to find what a PUT or PATCH really changes; absent values are null.
 *
 * @param activeOrNull null when the request leaves {@code active} unsaid (absent, null or
 *     {@code ""}): a clear is not a deactivation, and not a reactivation either
 * @param customFields Skovik extension values by attribute name ({@code custom_field1}…)
 */
record UserState(
    String userName,
    String givenName,
    String familyName,
    String externalId,
    Boolean activeOrNull,
    String division,
    String managerId,
    Map<String, JsonNode> customFields) {

  UserState {
    customFields = Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
  }

  /** On create an unsaid {@code active} means active (RFC 7643 leaves the default to us). */
  boolean active() {
    return activeOrNull == null || activeOrNull;
  }

  static UserState of(ObjectNode resource) {
    JsonNode name = resource.path("name");
    JsonNode enterprise = resource.path(ENTERPRISE_USER);
    Map<String, JsonNode> customFields = new LinkedHashMap<>();
    resource.path(SKOVIK_USER).fields().forEachRemaining(field -> {
      if (!field.getValue().isNull()) {
        customFields.put(field.getKey(), field.getValue());
      }
    });
    JsonNode active = resource.get("active");
    return new UserState(
        text(resource.get("userName")),
        text(name.get("givenName")),
        text(name.get("familyName")),
        text(resource.get("externalId")),
        active == null || !active.isBoolean() ? null : active.booleanValue(),
        text(enterprise.get("division")),
        text(enterprise.path("manager").get("value")),
        customFields);
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    String text = node.asText();
    return text.isEmpty() ? null : text;
  }
}
