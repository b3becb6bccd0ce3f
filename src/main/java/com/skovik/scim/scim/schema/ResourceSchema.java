package com.skovik.scim.scim.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource type's schemas as one identity provider sees them: the core schema and its
 * extensions. Resolves attribute names the way RFC 7644 §3.10 allows clients to write them:
 * case-insensitively, with or without the schema URN in front.
 */
public record ResourceSchema(Schema core, List<Schema> extensions) {

  public ResourceSchema {
    Objects.requireNonNull(core, "core");
    extensions = List.copyOf(extensions);
  }

  public List<Schema> all() {
    List<Schema> all = new ArrayList<>(extensions.size() + 1);
    all.add(core);
    all.addAll(extensions);
    return all;
  }

  /** The schema with this URN, compared case-insensitively. */
  public Optional<Schema> schema(String urn) {
    return all().stream().filter(s -> s.id().equalsIgnoreCase(urn)).findFirst();
  }

  public Optional<Schema> extension(String urn) {
    return extensions.stream().filter(s -> s.id().equalsIgnoreCase(urn)).findFirst();
  }

  /**
   * Resolves a top-level attribute. With a URN the attribute is looked up in that schema only;
   * without one, the core schema answers first and then each extension, as RFC 7644 §3.10 says
   * for names that are unique across the resource's schemas.
   */
  public Optional<ResolvedAttribute> resolve(String schemaUrn, String attributeName) {
    if (schemaUrn != null) {
      return schema(schemaUrn).flatMap(s -> s.attribute(attributeName)
          .map(a -> new ResolvedAttribute(s, a)));
    }
    for (Schema schema : all()) {
      Optional<Attribute> found = schema.attribute(attributeName);
      if (found.isPresent()) {
        return Optional.of(new ResolvedAttribute(schema, found.get()));
      }
    }
    return Optional.empty();
  }

  /** An attribute together with the schema it belongs to. */
  public record ResolvedAttribute(Schema schema, Attribute attribute) {
    public boolean inCore(ResourceSchema resource) {
      return resource.core().id().equals(schema.id());
    }
  }
}
