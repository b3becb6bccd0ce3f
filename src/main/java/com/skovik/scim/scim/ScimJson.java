package com.skovik.scim.scim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The gateway's one SCIM {@link ObjectMapper}. Attribute names are case-insensitive (RFC 7643
 * §2.1), nulls are never written, and unknown properties are ignored on purpose: identity
 * providers send attributes we do not keep, and RFC 7644 lets us ignore them.
 */
public final class ScimJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private ScimJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Parses a request body; malformed JSON becomes {@code 400 invalidSyntax} with its position. */
  public static JsonNode parse(byte[] body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw ScimException.invalidSyntax("The request body is empty; a JSON object is expected.");
      }
      return node;
    } catch (JsonParseException e) {
      throw ScimException.invalidSyntax("The request body is not valid JSON (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
    } catch (IOException e) {
      throw ScimException.invalidSyntax("The request body is not valid JSON.");
    }
  }

  /** Parses a request body that must be a JSON object. */
  public static ObjectNode parseObject(byte[] body) {
    JsonNode node = parse(body);
    if (!node.isObject()) {
      throw ScimException.invalidSyntax("The request body must be a JSON object.");
    }
    return (ObjectNode) node;
  }

  public static <T> T convert(JsonNode node, Class<T> type) {
    return MAPPER.convertValue(node, type);
  }

  public static <T> T convert(Object value, TypeReference<T> type) {
    return MAPPER.convertValue(value, type);
  }

  public static ObjectNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  public static ObjectNode newObject() {
    return MAPPER.createObjectNode();
  }
}
