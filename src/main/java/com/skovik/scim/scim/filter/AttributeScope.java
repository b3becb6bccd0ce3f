package com.skovik.scim.scim.filter;

import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.Attribute.Type;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.scim.schema.ResourceSchema.ResolvedAttribute;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the attribute names of a filter refer to: the attributes of a resource, or the
 * sub-attributes of one complex attribute inside a value filter {@code emails[type eq "work"]}.
 * Resolution is case-insensitive; an unknown name is {@code 400 invalidFilter} naming it.
 */
sealed interface AttributeScope {

  AttributeTarget resolve(AttributePath path);

  /** True inside brackets, where value filters cannot nest. */
  boolean isElement();

  /** A whole resource: core and common attributes at the root, extensions under their URN. */
  record OfResource(ResourceSchema schema) implements AttributeScope {

    @Override
    public AttributeTarget resolve(AttributePath path) {
      Attribute attribute;
      String containerKey = null;
      Optional<Attribute> common = isCoreOrAbsent(path.schemaUrn())
          ? CommonAttributes.named(path.attribute()) : Optional.empty();
      if (common.isPresent()) {
        attribute = common.get();
      } else {
        ResolvedAttribute resolved = schema.resolve(path.schemaUrn(), path.attribute())
            .orElseThrow(() -> unknown(path));
        attribute = resolved.attribute();
        if (!resolved.inCore(schema)) {
          containerKey = resolved.schema().id();
        }
      }
      return new AttributeTarget(containerKey, attribute, subAttribute(attribute, path));
    }

    @Override
    public boolean isElement() {
      return false;
    }

    private boolean isCoreOrAbsent(String urn) {
      return urn == null || urn.equalsIgnoreCase(schema.core().id());
    }

    private ScimException unknown(AttributePath path) {
      if (path.schemaUrn() != null && schema.schema(path.schemaUrn()).isEmpty()) {
        return ScimException.invalidFilter("Filter: unknown schema \""
            + PathParser.shown(path.schemaUrn()) + "\" in \"" + PathParser.shown(path.toString())
            + "\".");
      }
      return ScimException.invalidFilter("Filter: unknown attribute \""
          + PathParser.shown(path.withoutSubAttribute().toString()) + "\".");
    }
  }

  /** The elements of a complex attribute: names in the filter are its sub-attributes. */
  record OfElement(Attribute complex) implements AttributeScope {

    @Override
    public AttributeTarget resolve(AttributePath path) {
      if (path.schemaUrn() != null || path.subAttribute() != null) {
        throw ScimException.invalidFilter("Filter: inside " + complex.name() + "[…] name a "
            + "sub-attribute of " + complex.name() + " alone, not \""
            + PathParser.shown(path.toString()) + "\".");
      }
      Attribute sub = complex.subAttribute(path.attribute()).orElseThrow(() ->
          ScimException.invalidFilter("Filter: \"" + complex.name() + "\" has no sub-attribute \""
              + PathParser.shown(path.attribute()) + "\"; it has " + names(complex) + "."));
      return new AttributeTarget(null, sub, null);
    }

    @Override
    public boolean isElement() {
      return true;
    }
  }

  private static Attribute subAttribute(Attribute attribute, AttributePath path) {
    if (path.subAttribute() == null) {
      return null;
    }
    if (attribute.type() != Type.COMPLEX) {
      throw ScimException.invalidFilter("Filter: \"" + attribute.name() + "\" is not complex and "
          + "has no sub-attribute \"" + PathParser.shown(path.subAttribute()) + "\".");
    }
    return attribute.subAttribute(path.subAttribute()).orElseThrow(() ->
        ScimException.invalidFilter("Filter: \"" + attribute.name() + "\" has no sub-attribute \""
            + PathParser.shown(path.subAttribute()) + "\"; it has " + names(attribute) + "."));
  }

  private static String names(Attribute complex) {
    return complex.subAttributes().stream().map(Attribute::name).collect(Collectors.joining(", "));
  }
}
