package com.skovik.scim.scim.schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A schema (RFC 7643 §7): its URN and its top-level attributes. */
@JsonPropertyOrder({"id", "name", "description", "attributes"})
public record Schema(String id, String name, String description, List<Attribute> attributes) {

  public Schema {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    attributes = List.copyOf(attributes);
  }

  public Optional<Attribute> attribute(String attributeName) {
    return attributes.stream().filter(a -> a.name().equalsIgnoreCase(attributeName)).findFirst();
  }
}
