package com.skovik.scim.emulator;

import java.util.List;
import java.util.Objects;

/** A custom field definition; {@code options} is empty unless the type is {@link CustomFieldType#SELECT}. */
public record CustomField(String id, String name, CustomFieldType type, List<String> options) {

  public CustomField {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    options = options == null ? List.of() : List.copyOf(options);
    if (type == CustomFieldType.SELECT && options.isEmpty()) {
      throw new IllegalArgumentException("a select field needs options: " + id);
    }
    if (type != CustomFieldType.SELECT && !options.isEmpty()) {
      throw new IllegalArgumentException("only select fields have options: " + id);
    }
  }
}
