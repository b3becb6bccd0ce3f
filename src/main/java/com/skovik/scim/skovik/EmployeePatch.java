package com.skovik.scim.skovik;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A JSON merge patch (RFC 7396) of an employee. Only the members that were set are sent: an
 * absent member is left as it is, a member set to {@code null} clears it ({@code superior_id},
 * {@code external_id}, a custom field), and {@code custom_fields} merges key by key.
 *
 * <pre>{@code
 * EmployeePatch.builder().email("ada@example.com").superiorId(null).customField("cf_1", null).build()
 * // {"email":"ada@example.com","superior_id":null,"custom_fields":{"cf_1":null}}
 * }</pre>
 *
 * <p>{@link #toString()} names the members but never their values (personal data).
 */
public final class EmployeePatch {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode members;

  private EmployeePatch(ObjectNode members) {
    this.members = members;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** True when the patch sets nothing; the API would answer the unchanged employee. */
  public boolean isEmpty() {
    return members.isEmpty();
  }

  /** True when the top-level member (wire name, e.g. {@code "superior_id"}) is set. */
  public boolean has(String member) {
    return members.has(member);
  }

  /** The patch document as sent; a copy. */
  @JsonValue
  public ObjectNode toJson() {
    return members.deepCopy();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmployeePatch patch && patch.members.equals(members);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    members.fieldNames().forEachRemaining(name -> {
      if (!name.equals("custom_fields")) {
        names.add(name);
      }
    });
    if (members.has("custom_fields")) {
      members.get("custom_fields").fieldNames()
          .forEachRemaining(id -> names.add("custom_fields." + id));
    }
    return "EmployeePatch" + names;
  }

  /** Collects members; each setter may be called once or more (the last value wins). */
  public static final class Builder {

    private final ObjectNode members = NODES.objectNode();
    private final ObjectNode customFields = NODES.objectNode();

    private Builder() {}

    public Builder email(String email) {
      members.put("email", Objects.requireNonNull(email, "email cannot be cleared"));
      return this;
    }

    public Builder firstName(String firstName) {
      members.put("first_name", Objects.requireNonNull(firstName, "first_name cannot be cleared"));
      return this;
    }

    public Builder lastName(String lastName) {
      members.put("last_name", Objects.requireNonNull(lastName, "last_name cannot be cleared"));
      return this;
    }

    public Builder branchId(String branchId) {
      members.put("branch_id", Objects.requireNonNull(branchId, "branch_id cannot be cleared"));
      return this;
    }

    /** Sets the superior; {@code null} clears it. */
    public Builder superiorId(String superiorIdOrNull) {
      members.put("superior_id", superiorIdOrNull);
      return this;
    }

    /** Sets the external id; {@code null} clears it. */
    public Builder externalId(String externalIdOrNull) {
      members.put("external_id", externalIdOrNull);
      return this;
    }

    /** Sets one custom field; {@code null} (or a JSON null) clears it. */
    public Builder customField(String customFieldId, JsonNode valueOrNull) {
      Objects.requireNonNull(customFieldId, "customFieldId");
      customFields.set(customFieldId,
          valueOrNull == null ? NullNode.getInstance() : valueOrNull.deepCopy());
      return this;
    }

    public EmployeePatch build() {
      ObjectNode copy = members.deepCopy();
      if (!customFields.isEmpty()) {
        copy.set("custom_fields", customFields.deepCopy());
      }
      return new EmployeePatch(copy);
    }
  }
}
