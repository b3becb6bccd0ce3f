package com.skovik.scim.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.ScimSchemas;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.scim.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The discovery documents of RFC 7643 §5–7. Their fixed parts live in resource files; what
 * depends on configuration or on the identity provider (limits, which custom fields exist,
 * whether a division is required) is filled in here. Pure: no Vert.x, no I/O per request.
 */
public final class DiscoveryDocuments {

  private final ObjectNode serviceProviderConfig;
  private final ObjectNode userResourceType;

  public DiscoveryDocuments(int maxResults, long maxPayloadBytes) {
    this.serviceProviderConfig = load("/discovery/service-provider-config.json");
    ((ObjectNode) serviceProviderConfig.get("filter")).put("maxResults", maxResults);
    ((ObjectNode) serviceProviderConfig.get("bulk")).put("maxPayloadSize", maxPayloadBytes);
    this.userResourceType = load("/discovery/user-resource-type.json");
  }

  public ObjectNode serviceProviderConfig(String baseUrl) {
    return withMeta(serviceProviderConfig.deepCopy(), "ServiceProviderConfig",
        baseUrl + "/ServiceProviderConfig");
  }

  public ObjectNode userResourceType(String baseUrl, ResourceSchema schema) {
    ObjectNode type = userResourceType.deepCopy();
    boolean divisionRequired = schema.extension(ScimSchemas.ENTERPRISE_USER)
        .flatMap(enterprise -> enterprise.attribute("division"))
        .map(division -> division.required())
        .orElse(false);
    for (var extension : type.withArray("schemaExtensions")) {
      if (ScimSchemas.ENTERPRISE_USER.equals(extension.path("schema").asText())) {
        ((ObjectNode) extension).put("required", divisionRequired);
      }
    }
    return withMeta(type, "ResourceType", baseUrl + "/ResourceTypes/User");
  }

  public ObjectNode resourceTypes(String baseUrl, ResourceSchema schema) {
    return listResponse(List.of(userResourceType(baseUrl, schema)));
  }

  public ObjectNode schemas(String baseUrl, ResourceSchema schema) {
    return listResponse(schema.all().stream().map(s -> schemaDocument(baseUrl, s)).toList());
  }

  public Optional<ObjectNode> schema(String baseUrl, ResourceSchema schema, String urn) {
    return schema.schema(urn).map(s -> schemaDocument(baseUrl, s));
  }

  private static ObjectNode schemaDocument(String baseUrl, Schema schema) {
    ObjectNode document = ScimJson.newObject();
    document.putArray("schemas").add(ScimSchemas.SCHEMA);
    document.setAll(ScimJson.toTree(schema));
    // The Skovik extension may map no field for this identity provider: still a valid schema.
    document.withArray("attributes");
    return withMeta(document, "Schema", baseUrl + "/Schemas/" + schema.id());
  }

  static ObjectNode listResponse(List<ObjectNode> resources) {
    ObjectNode list = ScimJson.newObject();
    list.putArray("schemas").add(ScimSchemas.LIST_RESPONSE);
    list.put("totalResults", resources.size());
    list.put("itemsPerPage", resources.size());
    list.put("startIndex", 1);
    ArrayNode array = list.putArray("Resources");
    resources.forEach(array::add);
    return list;
  }

  private static ObjectNode withMeta(ObjectNode document, String resourceType, String location) {
    ObjectNode meta = document.putObject("meta");
    meta.put("resourceType", resourceType);
    meta.put("location", location);
    return document;
  }

  private static ObjectNode load(String resource) {
    try (InputStream in = DiscoveryDocuments.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return (ObjectNode) ScimJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
