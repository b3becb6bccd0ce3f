package com.skovik.scim.scim.patch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of applying a PATCH request.
 *
 * @param resource the complete new resource in canonical form; cleared attributes are absent
 * @param ignoredPaths the targets that were skipped because this service provider does not keep
 *     them or they are read-only, named by attribute (filter values elided as {@code […]}) —
 *     never values, so the list is safe to log
 */
public record PatchResult(ObjectNode resource, List<String> ignoredPaths) {

  public PatchResult {
    Objects.requireNonNull(resource, "resource");
    ignoredPaths = List.copyOf(ignoredPaths);
  }
}
