package com.skovik.scim.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.filter.AttributePath;
import com.skovik.scim.scim.filter.Filter;
import com.skovik.scim.scim.filter.FilterParser;
import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list request (RFC 7644 §3.4.2), from query parameters or a {@code .search} body. Values
 * are checked here; limits that depend on configuration are applied by {@link UserQueries}.
 *
 * @param filter null when absent
 * @param startIndex 1-based; values below 1 are taken as 1 (RFC 7644 §3.4.2.4)
 * @param count null when absent (the server's maximum applies); 0 asks for totalResults only
 * @param sortBy null for the default order (creation)
 */
public record UserQuery(
    Filter filter,
    int startIndex,
    Integer count,
    AttributePath sortBy,
    boolean descending,
    String attributes,
    String excludedAttributes) {

  static UserQuery fromQueryParameters(MultiMap params) {
    return of(params.get("filter"), params.get("startIndex"), params.get("count"),
        params.get("sortBy"), params.get("sortOrder"), params.get("attributes"),
        params.get("excludedAttributes"));
  }

  static UserQuery fromSearchRequest(JsonNode body) {
    return of(text(body, "filter"), text(body, "startIndex"), text(body, "count"),
        text(body, "sortBy"), text(body, "sortOrder"), list(body, "attributes"),
        list(body, "excludedAttributes"));
  }

  private static UserQuery of(String filter, String startIndex, String count, String sortBy,
      String sortOrder, String attributes, String excludedAttributes) {
    Filter parsed = filter == null || filter.isBlank() ? null : FilterParser.parse(filter);
    int start = Math.max(1, integer("startIndex", startIndex, 1));
    Integer requested = count == null || count.isBlank() ? null : Math.max(0, integer("count", count, 0));
    AttributePath sort = sortBy == null || sortBy.isBlank() ? null : sortPath(sortBy);
    return new UserQuery(parsed, start, requested, sort, descending(sortOrder), attributes,
        excludedAttributes);
  }

  private static AttributePath sortPath(String sortBy) {
    try {
      return AttributePath.parse(sortBy.trim());
    } catch (ScimException e) {
      throw ScimException.badRequest("sortBy \"" + sortBy + "\" is not an attribute path.");
    }
  }

  private static boolean descending(String sortOrder) {
    if (sortOrder == null || sortOrder.isBlank()) {
      return false;
    }
    return switch (sortOrder.trim().toLowerCase(Locale.ROOT)) {
      case "ascending" -> false;
      case "descending" -> true;
      default -> throw ScimException.badRequest("sortOrder must be ascending or descending.");
    };
  }

  private static int integer(String name, String value, int absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      // Clamp absurdly large numbers rather than fail: they only mean "all of it", or, when
      // negative, the same as 0 or 1 (RFC 7644 §3.4.2.4).
      if (value.trim().matches("\\+?\\d+")) {
        return Integer.MAX_VALUE;
      }
      if (value.trim().matches("-\\d+")) {
        return Integer.MIN_VALUE;
      }
      throw ScimException.badRequest(name + " must be a whole number, got \"" + value + "\".");
    }
  }

  private static String text(JsonNode body, String name) {
    JsonNode value = field(body, name);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** Attribute lists are arrays in a search request, comma-separated in a query string. */
  private static String list(JsonNode body, String name) {
    JsonNode value = field(body, name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      return value.asText();
    }
    List<String> names = new ArrayList<>();
    value.forEach(each -> names.add(each.asText()));
    return String.join(",", names);
  }

  private static JsonNode field(JsonNode body, String name) {
    var fields = body.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      if (field.getKey().equalsIgnoreCase(name)) {
        return field.getValue();
      }
    }
    return null;
  }
}
