package com.skovik.scim.skovik;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A branch (the SCIM enterprise "division").
 *
 * @param externalIdentifier unique within the company, compared case-insensitively, may be
 *     null and may change at any time; kept in the branch's own spelling
 * @param archived employees cannot be placed in an archived branch
 */
public record Branch(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("external_identifier") String externalIdentifier,
    @JsonProperty("archived") boolean archived) {

  public Branch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
