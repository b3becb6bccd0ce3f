package com.skovik.scim.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.patch.PatchOperation.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PATCH request body (RFC 7644 §3.5.2), read as leniently as real clients need: member names
 * in any case ({@code operations}, {@code OP}), operation names in any case, and an empty
 * {@code Operations} array (the Microsoft SCIM Validator sends one and expects success). The
 * {@code schemas} member is not checked: the PatchOp URN is expected, but a missing, misspelled
 * or differently cased one says nothing that {@code Operations} does not, and refusing it would
 * only break a client.
 *
 * @param operations the operations in the order they must be applied
 */
public record PatchRequest(List<PatchOperation> operations) {

  private static final int MAX_SHOWN = 40;

  public PatchRequest {
    operations = List.copyOf(operations);
  }

  /**
   * Reads a PATCH body.
   *
   * @throws ScimException {@code invalidSyntax} when the body has no {@code Operations} array,
   *     an operation is not an object, or its {@code op} is not add, replace or remove;
   *     {@code invalidPath} when a {@code path} is not a string
   */
  public static PatchRequest parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ScimException.invalidSyntax("A PATCH request must be a JSON object with an "
          + "\"Operations\" array.");
    }
    JsonNode operations = member(body, "Operations");
    if (operations == null || !operations.isArray()) {
      throw ScimException.invalidSyntax("A PATCH request needs an \"Operations\" array "
          + "(RFC 7644 §3.5.2).");
    }
    List<PatchOperation> parsed = new ArrayList<>(operations.size());
    for (int i = 0; i < operations.size(); i++) {
      parsed.add(operation(operations.get(i), i + 1));
    }
    return new PatchRequest(parsed);
  }

  private static PatchOperation operation(JsonNode operation, int number) {
    if (!operation.isObject()) {
      throw ScimException.invalidSyntax("PATCH operation " + number + " is not a JSON object.");
    }
    JsonNode op = member(operation, "op");
    if (op == null || !op.isTextual()) {
      throw ScimException.invalidSyntax("PATCH operation " + number + " needs an \"op\": add, "
          + "replace or remove.");
    }
    Op parsedOp = Op.fromKeyword(op.textValue().strip()).orElseThrow(() ->
        ScimException.invalidSyntax("PATCH operation " + number + " has the unsupported op \""
            + shown(op.textValue()) + "\"; use add, replace or remove."));
    JsonNode path = member(operation, "path");
    String pathText = null;
    if (path != null && !path.isNull()) {
      if (!path.isTextual()) {
        throw ScimException.invalidPath("The path of PATCH operation " + number
            + " must be a string.");
      }
      pathText = path.textValue().isBlank() ? null : path.textValue();
    }
    return new PatchOperation(parsedOp, pathText, member(operation, "value"));
  }

  /** A member by name, compared case-insensitively (RFC 7643 §2.1). */
  private static JsonNode member(JsonNode object, String name) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (field.getKey().equalsIgnoreCase(name)) {
        return field.getValue();
      }
    }
    return null;
  }

  private static String shown(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
  }
}
