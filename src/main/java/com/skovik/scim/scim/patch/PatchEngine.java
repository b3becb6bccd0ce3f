package com.skovik.scim.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.filter.FilterEvaluator;
import com.skovik.scim.scim.filter.PatchPath;
import com.skovik.scim.scim.normalise.ResourceNormaliser;
import com.skovik.scim.scim.patch.PatchOperation.Op;
import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.Attribute.Type;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.scim.schema.ResourceSchema.ResolvedAttribute;
import com.skovik.scim.scim.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a resource in canonical form, speaking every
 * dialect real identity providers use: {@code add} and {@code replace} alike for single-valued
 * attributes, path-less values with dotted and URN keys, URN-qualified paths, manager as a string,
 * an object or a one-element array, {@code ""} to clear, {@code remove} with a value or a value
 * filter that must match. Writes to read-only or unknown attributes are skipped and reported,
 * because identity providers send them on every update; an unknown attribute of a strict
 * extension is {@code 400 invalidValue}. The request is all or nothing: the input is never
 * modified, and the first error discards every operation.
 */
public final class PatchEngine {

  private final ResourceSchema schema;
  private final ResourceNormaliser normaliser;

  public PatchEngine(ResourceSchema schema, ResourceNormaliser normaliser) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
  }

  /**
   * @param current the resource as it is now, in canonical form; not modified
   * @return the new resource and the targets that were ignored
   */
  public PatchResult apply(ObjectNode current, List<PatchOperation> operations) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(operations, "operations");
    WorkingResource resource = new WorkingResource(current.deepCopy(), schema);
    List<String> ignored = new ArrayList<>();
    for (PatchOperation operation : operations) {
      if (operation.path() == null) {
        applyWithoutPath(resource, operation.op(), operation.value(), ignored::add);
      } else {
        applyAtPath(resource, operation, ignored::add);
      }
    }
    return new PatchResult(resource.root(), ignored);
  }

  private void applyWithoutPath(
      WorkingResource resource, Op op, JsonNode value, Consumer<String> onIgnored) {
    if (op == Op.REMOVE) {
      throw ScimException.noTarget("A remove operation needs a path naming what to remove "
          + "(RFC 7644 §3.5.2.2).");
    }
    if (value == null || !value.isObject()) {
      throw ScimException.invalidSyntax("An " + op.keyword() + " operation without a path needs "
          + "a JSON object of attributes as its value.");
    }
    ObjectNode normalised = normaliser.normalise(value, schema, onIgnored);
    for (Map.Entry<String, JsonNode> member : normalised.properties()) {
      Optional<Schema> extension = schema.extension(member.getKey());
      if (extension.isEmpty()) {
        resource.write(resolved(schema.core(), member.getKey()), member.getValue(), op);
        continue;
      }
      for (Map.Entry<String, JsonNode> attribute : member.getValue().properties()) {
        resource.write(resolved(extension.get(), attribute.getKey()), attribute.getValue(), op);
      }
    }
  }

  private void applyAtPath(
      WorkingResource resource, PatchOperation operation, Consumer<String> onIgnored) {
    Optional<Schema> extension = schema.extension(operation.path().strip());
    if (extension.isPresent()) {
      applyToExtension(resource, extension.get(), operation, onIgnored);
      return;
    }
    PatchPath path = PatchPath.parse(operation.path());
    String described = describe(path);
    Optional<ResolvedAttribute> resolved = normaliser.resolve(
        schema, path.attribute().schemaUrn(), path.attribute().attribute(),
        operation.op() == PatchOperation.Op.REMOVE ? null : operation.value());
    if (resolved.isEmpty() || resolved.get().attribute().isReadOnly()) {
      onIgnored.accept(described);
      return;
    }
    ResolvedAttribute target = resolved.get();
    Attribute attribute = target.attribute();
    Attribute sub = null;
    if (path.subAttribute() != null) {
      sub = attribute.type() == Type.COMPLEX
          ? attribute.subAttribute(path.subAttribute()).orElse(null) : null;
      if (sub == null || sub.isReadOnly()) {
        onIgnored.accept(described);
        return;
      }
    }
    if (path.hasValueFilter()) {
      applyToSelected(resource, target, path, sub, operation, described, onIgnored);
    } else if (attribute.multiValued() && sub != null) {
      // emails.value without a filter names no particular element.
      onIgnored.accept(described);
    } else if (operation.op() == Op.REMOVE && operation.value() != null) {
      removeIfEqual(resource, target, sub, operation.value(), described, onIgnored);
    } else {
      JsonNode value = operation.op() == Op.REMOVE ? null : operation.value();
      write(resource, target, sub, value, operation.op(), described, onIgnored);
    }
  }

  /** {@code path: "urn:…:enterprise:2.0:User"}: the extension's attributes, as one object. */
  private void applyToExtension(WorkingResource resource, Schema extension,
      PatchOperation operation, Consumer<String> onIgnored) {
    if (operation.op() != Op.REMOVE) {
      ObjectNode wrapped = ScimJson.newObject();
      wrapped.set(extension.id(), operation.value());
      applyWithoutPath(resource, operation.op(), wrapped, onIgnored);
      return;
    }
    for (Attribute attribute : extension.attributes()) {
      if (!attribute.isReadOnly()) {
        resource.remove(new ResolvedAttribute(extension, attribute));
      }
    }
  }

  /** A value filter on a single-valued attribute ({@code manager[value eq "x"]}) must match. */
  private void applyToSelected(WorkingResource resource, ResolvedAttribute target, PatchPath path,
      Attribute sub, PatchOperation operation, String described, Consumer<String> onIgnored) {
    Attribute attribute = target.attribute();
    if (attribute.type() != Type.COMPLEX) {
      throw ScimException.invalidPath("The path \"" + described + "\" filters \""
          + attribute.name() + "\", which is not a complex attribute; value filters select "
          + "elements of complex attributes.");
    }
    if (attribute.multiValued()) {
      JsonNode value = operation.op() == Op.REMOVE ? null
          : normalise(sub != null ? sub : attribute, operation.value(), described, onIgnored);
      if (value != null && sub == null) {
        value = value.isArray() && value.size() > 0 ? value.get(0) : null;
      }
      if (operation.op() == Op.REMOVE || value != null) {
        FilteredElements.apply(resource, target, path.valueFilter(), sub, operation.op(), value);
      }
      return;
    }
    JsonNode current = resource.get(target);
    if (current == null || !current.isObject()
        || !FilterEvaluator.elementMatches(path.valueFilter(), current, attribute)) {
      return;
    }
    JsonNode value = operation.op() == Op.REMOVE ? null : operation.value();
    write(resource, target, sub, value, operation.op(), described, onIgnored);
  }

  /**
   * Sets or clears an attribute or one sub-attribute. A sub-attribute is written as the object
   * {@code {sub: value}} merged into its attribute, so that the normaliser's rules apply to it:
   * {@code manager.value: ""} clears the manager, not just its value.
   */
  private void write(WorkingResource resource, ResolvedAttribute target, Attribute sub,
      JsonNode value, Op op, String described, Consumer<String> onIgnored) {
    JsonNode input = value;
    if (sub != null) {
      ObjectNode object = ScimJson.newObject();
      object.set(sub.name(), value == null ? NullNode.getInstance() : value);
      input = object;
    }
    JsonNode normalised = normalise(target.attribute(), input, described, onIgnored);
    if (normalised != null) {
      resource.write(target, normalised, op);
    }
  }

  /** Entra's {@code remove} with a value: remove only what equals the value sent. */
  private void removeIfEqual(WorkingResource resource, ResolvedAttribute target, Attribute sub,
      JsonNode value, String described, Consumer<String> onIgnored) {
    Attribute attribute = target.attribute();
    Attribute compared = sub != null ? sub : attribute;
    JsonNode wanted = normalise(compared, value, described, onIgnored);
    JsonNode current = resource.get(target);
    if (sub != null && current != null) {
      current = current.get(sub.name());
    }
    if (wanted == null || current == null) {
      return;
    }
    if (wanted.isNull()) {
      write(resource, target, sub, null, Op.REMOVE, described, onIgnored);
    } else if (attribute.multiValued() && sub == null) {
      List<JsonNode> kept = new ArrayList<>();
      for (JsonNode element : current) {
        if (!anyEqual(attribute, element, wanted)) {
          kept.add(element);
        }
      }
      resource.setElements(target, kept);
    } else if (ValueEquality.matches(compared, current, wanted)) {
      write(resource, target, sub, null, Op.REMOVE, described, onIgnored);
    }
  }

  private static boolean anyEqual(Attribute attribute, JsonNode element, JsonNode wanted) {
    for (JsonNode each : wanted) {
      if (ValueEquality.matches(attribute, element, each)) {
        return true;
      }
    }
    return false;
  }

  /** The normalised value, {@link NullNode} to clear, or null when nothing writable is left. */
  private JsonNode normalise(
      Attribute attribute, JsonNode value, String described, Consumer<String> onIgnored) {
    return normaliser.normaliseValue(attribute, value, described, onIgnored).orElse(null);
  }

  private static ResolvedAttribute resolved(Schema schema, String canonicalName) {
    return new ResolvedAttribute(schema, schema.attribute(canonicalName).orElseThrow());
  }

  /** The path without filter values, which may be personal data: safe to log. */
  private static String describe(PatchPath path) {
    StringBuilder out = new StringBuilder(path.attribute().toString());
    if (path.hasValueFilter()) {
      out.append("[…]");
    }
    if (path.subAttribute() != null) {
      out.append('.').append(path.subAttribute());
    }
    return out.toString();
  }
}
