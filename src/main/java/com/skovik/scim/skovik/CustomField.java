package com.skovik.scim.skovik;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A custom field definition of a company.
 *
 * @param options the allowed values of a {@link Type#SELECT} field (exact match); empty for
 *     the other types. Never null.
 */
public record CustomField(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("type") Type type,
    @JsonProperty("options") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> options) {

  /** The value type; {@code TEXT} holds at most 1,000 characters, {@code DATE} is YYYY-MM-DD. */
  public enum Type {
    @JsonProperty("text") TEXT,
    @JsonProperty("number") NUMBER,
    @JsonProperty("boolean") BOOLEAN,
    @JsonProperty("date") DATE,
    @JsonProperty("select") SELECT,
    /**
     * A type this gateway does not know yet. Skovik may add types; one such field must not make
     * every request of its company fail, so it is read and left unmapped.
     */
    @JsonEnumDefaultValue UNSUPPORTED
  }

  public CustomField {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    options = options == null ? List.of() : List.copyOf(options);
  }
}
