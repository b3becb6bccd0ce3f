package com.skovik.scim.emulator;

import java.util.Objects;

/** A branch of a company; {@code externalIdentifier} may be null. */
public record Branch(String id, String name, String externalIdentifier, boolean archived) {

  public Branch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  public Branch archive() {
    return new Branch(id, name, externalIdentifier, true);
  }

  public Branch withExternalIdentifier(String newExternalIdentifier) {
    return new Branch(id, name, newExternalIdentifier, archived);
  }
}
