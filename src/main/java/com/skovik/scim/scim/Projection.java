package com.skovik.scim.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.Attribute.Returned;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.scim.schema.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code attributes} and {@code excludedAttributes} (RFC 7644 §3.4.2.5, §3.9) over a canonical
 * resource. Attributes returned {@code always} ({@code id}, {@code schemas}, {@code meta}'s
 * resource type) survive any projection; names are matched case-insensitively, with or without
 * the schema URN.
 */
public final class Projection {

  private static final Projection ALL = new Projection(List.of(), false);

  private final List<String> paths;
  private final boolean include;

  private Projection(List<String> paths, boolean include) {
    this.paths = paths;
    this.include = include;
  }

  /** Parses the two query parameters; giving both is a client error. */
  public static Projection of(String attributes, String excludedAttributes, ResourceSchema schema) {
    boolean hasInclude = attributes != null && !attributes.isBlank();
    boolean hasExclude = excludedAttributes != null && !excludedAttributes.isBlank();
    if (hasInclude && hasExclude) {
      throw ScimException.badRequest("Give attributes or excludedAttributes, not both.");
    }
    if (!hasInclude && !hasExclude) {
      return ALL;
    }
    return new Projection(canonicalPaths(hasInclude ? attributes : excludedAttributes, schema),
        hasInclude);
  }

  /** A projected copy; the input is left as it is. */
  public ObjectNode apply(ObjectNode resource, ResourceSchema schema) {
    if (paths.isEmpty()) {
      return resource;
    }
    ObjectNode copy = resource.deepCopy();
    for (Schema each : schema.all()) {
      boolean core = each == schema.core();
      JsonNode container = core ? copy : copy.get(each.id());
      if (!core && paths.contains(each.id().toLowerCase(Locale.ROOT))) {
        // The whole extension was named: kept whole, or dropped whole.
        if (!include) {
          copy.remove(each.id());
        }
        continue;
      }
      if (container instanceof ObjectNode object) {
        project(object, core ? "" : each.id().toLowerCase(Locale.ROOT) + ":", each);
        if (!core && object.isEmpty()) {
          copy.remove(each.id());
        }
      }
    }
    return copy;
  }

  private void project(ObjectNode container, String prefix, Schema schema) {
    Iterator<Map.Entry<String, JsonNode>> fields = container.fields();
    List<String> drop = new ArrayList<>();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      if (name.equals("schemas") || name.equals("meta")) {
        continue;
      }
      Attribute attribute = schema.attribute(name).orElse(null);
      if (attribute == null || attribute.returned() == Returned.ALWAYS) {
        continue;
      }
      String path = prefix + name.toLowerCase(Locale.ROOT);
      if (include) {
        if (!selected(path)) {
          if (field.getValue() instanceof ObjectNode complex && hasSelectedChild(path)) {
            complex.retain(selectedChildren(path, complex));
          } else {
            drop.add(name);
          }
        }
      } else if (paths.contains(path)) {
        drop.add(name);
      } else if (field.getValue() instanceof ObjectNode complex) {
        complex.remove(selectedChildren(path, complex));
      }
    }
    container.remove(drop);
  }

  private boolean selected(String path) {
    return paths.contains(path);
  }

  private boolean hasSelectedChild(String path) {
    return paths.stream().anyMatch(p -> p.startsWith(path + "."));
  }

  private List<String> selectedChildren(String path, ObjectNode complex) {
    List<String> names = new ArrayList<>();
    complex.fieldNames().forEachRemaining(sub -> {
      if (paths.contains(path + "." + sub.toLowerCase(Locale.ROOT))) {
        names.add(sub);
      }
    });
    return names;
  }

  /** Lower-cased {@code [urn:]attribute[.sub]} paths, core attributes without their URN. */
  private static List<String> canonicalPaths(String list, ResourceSchema schema) {
    String coreUrn = schema.core().id().toLowerCase(Locale.ROOT) + ":";
    return Arrays.stream(list.split(","))
        .map(String::trim)
        .filter(p -> !p.isEmpty())
        .map(p -> p.toLowerCase(Locale.ROOT))
        .map(p -> p.startsWith(coreUrn) ? p.substring(coreUrn.length()) : p)
        .map(p -> qualifyExtension(p, schema))
        .toList();
  }

  /** An extension attribute named without its URN is qualified with it, when unambiguous. */
  private static String qualifyExtension(String path, ResourceSchema schema) {
    if (path.startsWith("urn:")) {
      return path;
    }
    String top = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
    if (schema.core().attribute(top).isPresent()) {
      return path;
    }
    for (Schema extension : schema.extensions()) {
      if (extension.attribute(top).isPresent()) {
        return extension.id().toLowerCase(Locale.ROOT) + ":" + path;
      }
    }
    return path;
  }
}
