package com.skovik.scim.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One PATCH operation (RFC 7644 §3.5.2) as the client sent it; the path is parsed, and the value
 * normalised, only when the operation is applied.
 *
 * @param op what to do
 * @param path the target as written, or null for a path-less operation
 * @param value the value as sent, or null when absent or JSON null
 */
public record PatchOperation(Op op, String path, JsonNode value) {

  public PatchOperation {
    Objects.requireNonNull(op, "op");
    if (value != null && (value.isNull() || value.isMissingNode())) {
      value = null;
    }
  }

  public enum Op {
    ADD, REPLACE, REMOVE;

    /** Operation names are case-insensitive: Entra sends {@code Add}, {@code Replace}, {@code Remove}. */
    public static Optional<Op> fromKeyword(String keyword) {
      for (Op op : values()) {
        if (op.name().equalsIgnoreCase(keyword)) {
          return Optional.of(op);
        }
      }
      return Optional.empty();
    }

    public String keyword() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
