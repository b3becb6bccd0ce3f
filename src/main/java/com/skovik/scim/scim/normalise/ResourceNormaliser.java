package com.skovik.scim.scim.normalise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.ScimSchemas;
import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.Attribute.Type;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.scim.schema.ResourceSchema.ResolvedAttribute;
import com.skovik.scim.scim.schema.Schema;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Turns what identity providers actually send into the one canonical resource form that the rest
 * of the gateway reads: core attributes at the top level, each extension's attributes under its
 * schema URN, every name spelled as the schema spells it, booleans and decimals as JSON values,
 * and an explicit {@code null} wherever the client asked to clear an attribute. Used for POST and
 * PUT bodies and for the values of path-less PATCH operations.
 *
 * <p>Tolerated on input: names and URNs in any case; dotted keys ({@code name.givenName});
 * URN-qualified keys ({@code urn:…:enterprise:2.0:User:division}, {@code …:User:manager.value});
 * nested extension objects; any {@code schemas} array. Dropped silently: read-only attributes,
 * unknown attributes and attributes of unknown schemas — except in a <em>strict</em> extension,
 * where an unknown attribute is a mapping mistake the administrator must hear about. (An
 * attribute named without its URN cannot be told apart from a misspelling, so it is dropped even
 * when only a strict extension could have meant it.) The output carries no {@code schemas}: the
 * caller writes that member on responses.
 */
public final class ResourceNormaliser {

  private static final String SCHEMAS = "schemas";

  private final Set<String> strictExtensions;

  /**
   * @param strictExtensions URNs of the extensions whose unknown attributes are rejected with
   *     {@code 400 invalidValue} instead of being dropped
   */
  public ResourceNormaliser(Set<String> strictExtensions) {
    TreeSet<String> strict = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    strict.addAll(strictExtensions);
    this.strictExtensions = strict;
  }

  /** Normalises a resource body; see the class description for the rules. */
  public ObjectNode normalise(JsonNode body, ResourceSchema schema) {
    return normalise(body, schema, ignored -> { });
  }

  /**
   * Normalises a resource body and reports, by name only, every member it dropped.
   *
   * @param onIgnored receives the name of each dropped member as the client wrote it — a name,
   *     never a value, so it is safe to log
   */
  public ObjectNode normalise(JsonNode body, ResourceSchema schema, Consumer<String> onIgnored) {
    if (body == null || !body.isObject()) {
      throw ScimException.invalidSyntax("A User resource must be a JSON object.");
    }
    ObjectNode out = ScimJson.newObject();
    for (Map.Entry<String, JsonNode> member : body.properties()) {
      String key = member.getKey();
      if (key.equalsIgnoreCase(SCHEMAS)) {
        continue;
      }
      Optional<Schema> named = schema.schema(key);
      if (named.isPresent()) {
        writeSchemaObject(out, schema, named.get(), key, member.getValue(), onIgnored);
        continue;
      }
      AttributeKey parsed = AttributeKey.parse(key);
      Optional<ResolvedAttribute> resolved =
          resolve(schema, parsed.schemaUrn(), parsed.attribute(), member.getValue());
      if (resolved.isEmpty()) {
        onIgnored.accept(key);
        continue;
      }
      String label = parsed.subAttribute() == null
          ? key : key.substring(0, key.length() - parsed.subAttribute().length() - 1);
      write(out, schema, resolved.get(), parsed.subAttribute(), member.getValue(), label,
          onIgnored);
    }
    return out;
  }

  /**
   * Resolves an attribute name, with or without its schema URN, the way RFC 7644 §3.10 allows.
   *
   * @return the attribute, or empty when this service provider does not keep it
   * @throws ScimException {@code invalidValue} when the attribute is unknown in a strict extension
   */
  public Optional<ResolvedAttribute> resolve(
      ResourceSchema schema, String schemaUrn, String attributeName) {
    return resolve(schema, schemaUrn, attributeName, null);
  }

  /**
   * As {@link #resolve(ResourceSchema, String, String)}, but an unknown attribute of a strict
   * extension is only an error when {@code value} would set it: clearing an attribute that is not
   * mapped (Entra sends explicit nulls for what it has no value for) changes nothing, so it is
   * dropped like any attribute we do not keep.
   *
   * @param value the value the client sends, or null for a removal
   */
  public Optional<ResolvedAttribute> resolve(
      ResourceSchema schema, String schemaUrn, String attributeName, JsonNode value) {
    if (schemaUrn == null) {
      return schema.resolve(null, attributeName);
    }
    Optional<Schema> named = schema.schema(schemaUrn);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    Optional<Attribute> attribute = named.get().attribute(attributeName);
    if (attribute.isEmpty() && strictExtensions.contains(named.get().id()) && !clears(value)) {
      throw unmapped(named.get(), attributeName);
    }
    return attribute.map(found -> new ResolvedAttribute(named.get(), found));
  }

  /**
   * Brings one attribute's value (or one sub-attribute's, given its definition) into canonical
   * shape: coerced booleans and decimals, {@code ""} as null, manager in any of its forms as an
   * object. Read-only sub-attributes inside a complex value are dropped.
   *
   * @param label the attribute as the client named it, to report dropped sub-attributes
   * @return the value, {@link com.fasterxml.jackson.databind.node.NullNode} to clear the
   *     attribute, or empty when nothing writable is left (e.g. only {@code manager.displayName})
   */
  public Optional<JsonNode> normaliseValue(
      Attribute attribute, JsonNode value, String label, Consumer<String> onIgnored) {
    JsonNode normalised = ValueNormaliser.normalise(attribute, value, label, onIgnored);
    return normalised.isMissingNode() ? Optional.empty() : Optional.of(normalised);
  }

  private void writeSchemaObject(ObjectNode out, ResourceSchema schema, Schema named, String key,
      JsonNode value, Consumer<String> onIgnored) {
    if (!value.isObject()) {
      onIgnored.accept(key);
      return;
    }
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      if (member.getKey().equalsIgnoreCase(SCHEMAS)) {
        continue;
      }
      AttributeKey parsed = AttributeKey.parse(member.getKey());
      String label = key + ":" + parsed.attribute();
      Optional<ResolvedAttribute> resolved = parsed.schemaUrn() == null
          ? resolve(schema, named.id(), parsed.attribute(), member.getValue())
          : Optional.empty();
      if (resolved.isEmpty()) {
        onIgnored.accept(key + ":" + member.getKey());
        continue;
      }
      write(out, schema, resolved.get(), parsed.subAttribute(), member.getValue(), label,
          onIgnored);
    }
  }

  private void write(ObjectNode out, ResourceSchema schema, ResolvedAttribute resolved,
      String subAttribute, JsonNode value, String label, Consumer<String> onIgnored) {
    Attribute attribute = resolved.attribute();
    if (attribute.isReadOnly()) {
      onIgnored.accept(subAttribute == null ? label : label + "." + subAttribute);
      return;
    }
    JsonNode input = value;
    if (subAttribute != null) {
      if (attribute.type() != Type.COMPLEX || attribute.multiValued()) {
        onIgnored.accept(label + "." + subAttribute);
        return;
      }
      // name.givenName: "X" is {"givenName": "X"} merged into name.
      input = ScimJson.newObject().set(subAttribute, value);
    }
    Optional<JsonNode> normalised = normaliseValue(attribute, input, label, onIgnored);
    if (normalised.isEmpty()) {
      return;
    }
    ObjectNode container = resolved.inCore(schema) ? out : child(out, resolved.schema().id());
    JsonNode existing = container.get(attribute.name());
    if (existing != null && existing.isObject() && normalised.get().isObject()) {
      ((ObjectNode) existing).setAll((ObjectNode) normalised.get());
    } else {
      container.set(attribute.name(), normalised.get());
    }
  }

  private static ObjectNode child(ObjectNode parent, String name) {
    JsonNode existing = parent.get(name);
    if (existing instanceof ObjectNode object) {
      return object;
    }
    ObjectNode created = ScimJson.newObject();
    parent.set(name, created);
    return created;
  }

  private static boolean clears(JsonNode value) {
    return value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty());
  }

  private static ScimException unmapped(Schema extension, String attributeName) {
    if (extension.id().equals(ScimSchemas.SKOVIK_USER)) {
      return ScimException.invalidValue("The attribute \"" + attributeName + "\" of "
          + extension.id() + " is not mapped to a Skovik custom field for this identity "
          + "provider configuration. An administrator maps custom_field1 … custom_field9 to "
          + "Skovik custom fields in Skovik; until then, remove it from the identity provider's "
          + "attribute mappings.");
    }
    return ScimException.invalidValue("The attribute \"" + attributeName + "\" is not defined by "
        + extension.id() + "; GET /Schemas lists the attributes this service provider accepts.");
  }
}
