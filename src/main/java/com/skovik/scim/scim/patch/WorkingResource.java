package com.skovik.scim.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.patch.PatchOperation.Op;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.scim.schema.ResourceSchema.ResolvedAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The copy of the resource a PATCH request edits. Writes take canonical values (the normaliser's
 * output): null clears, an object merges into a single-valued complex attribute (RFC 7644
 * §3.5.2.1 and §3.5.2.3: sub-attributes not named are unchanged), an array is appended by add
 * and replaces by replace. Cleared attributes are removed rather than set to null, and an
 * extension object or complex value left empty is removed with them, so the result is a
 * resource state that compares equal to one that never had the attribute.
 */
final class WorkingResource {

  private final ObjectNode root;
  private final ResourceSchema schema;

  WorkingResource(ObjectNode root, ResourceSchema schema) {
    this.root = root;
    this.schema = schema;
  }

  ObjectNode root() {
    return root;
  }

  /** The attribute's current value, or null when it has none. */
  JsonNode get(ResolvedAttribute target) {
    ObjectNode container = container(target, false);
    JsonNode value = container == null ? null : container.get(target.attribute().name());
    return value == null || value.isNull() ? null : value;
  }

  void write(ResolvedAttribute target, JsonNode value, Op op) {
    String name = target.attribute().name();
    if (value.isNull()) {
      remove(target);
      return;
    }
    JsonNode existing = get(target);
    if (target.attribute().multiValued() && value.isArray()) {
      writeElements(target, value, op, existing);
      return;
    }
    if (value.isObject() && !target.attribute().multiValued()) {
      ObjectNode merged = existing instanceof ObjectNode object ? object : ScimJson.newObject();
      for (Map.Entry<String, JsonNode> sub : value.properties()) {
        if (sub.getValue().isNull()) {
          merged.remove(sub.getKey());
        } else {
          merged.set(sub.getKey(), sub.getValue());
        }
      }
      if (merged.isEmpty()) {
        remove(target);
      } else {
        container(target, true).set(name, merged);
      }
      return;
    }
    container(target, true).set(name, value);
  }

  void remove(ResolvedAttribute target) {
    ObjectNode container = container(target, false);
    if (container == null) {
      return;
    }
    container.remove(target.attribute().name());
    if (container != root && container.isEmpty()) {
      root.remove(target.schema().id());
    }
  }

  /** Replaces a multi-valued attribute's elements; no elements left clears it. */
  void setElements(ResolvedAttribute target, List<JsonNode> elements) {
    if (elements.isEmpty()) {
      remove(target);
      return;
    }
    ArrayNode array = ScimJson.mapper().createArrayNode();
    array.addAll(elements);
    container(target, true).set(target.attribute().name(), array);
  }

  private void writeElements(ResolvedAttribute target, JsonNode value, Op op, JsonNode existing) {
    List<JsonNode> elements = new ArrayList<>();
    if (op == Op.ADD && existing != null && existing.isArray()) {
      existing.forEach(elements::add);
    }
    for (JsonNode element : value) {
      if (!elements.contains(element)) {
        elements.add(element);
      }
    }
    setElements(target, elements);
  }

  /** The object holding the attribute: the root for core attributes, else the extension's. */
  private ObjectNode container(ResolvedAttribute target, boolean create) {
    if (target.inCore(schema)) {
      return root;
    }
    String urn = target.schema().id();
    JsonNode existing = root.get(urn);
    if (existing instanceof ObjectNode object) {
      return object;
    }
    if (!create) {
      return null;
    }
    ObjectNode created = ScimJson.newObject();
    root.set(urn, created);
    return created;
  }
}
