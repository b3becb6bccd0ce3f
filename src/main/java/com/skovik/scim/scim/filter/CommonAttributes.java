package com.skovik.scim.scim.filter;

import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.Attribute.Type;
import java.util.List;
import java.util.Optional;

/**
 * The common attributes every resource carries (RFC 7643 §3.1) that the User schema does not list
 * itself: {@code schemas} and {@code meta}. Filters may name them like any core attribute.
 */
final class CommonAttributes {

  static final Attribute SCHEMAS = Attribute.named("schemas", Type.REFERENCE).multiValued()
      .caseExact().readOnly().description("The schema URNs of the resource.").build();

  static final Attribute META = Attribute.named("meta", Type.COMPLEX).readOnly()
      .description("Resource metadata.")
      .subAttributes(
          Attribute.named("resourceType", Type.STRING).caseExact().readOnly()
              .description("The resource type.").build(),
          Attribute.named("created", Type.DATE_TIME).readOnly()
              .description("When the resource was created.").build(),
          Attribute.named("lastModified", Type.DATE_TIME).readOnly()
              .description("When the resource was last changed.").build(),
          Attribute.named("location", Type.REFERENCE).caseExact().readOnly()
              .description("The URI of the resource.").build(),
          Attribute.named("version", Type.STRING).caseExact().readOnly()
              .description("The entity tag of the resource.").build())
      .build();

  private static final List<Attribute> ALL = List.of(SCHEMAS, META);

  private CommonAttributes() {}

  static Optional<Attribute> named(String name) {
    return ALL.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
  }
}
