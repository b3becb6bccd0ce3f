package com.skovik.scim.skovik;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One logical call to the API, before any attempt.
 *
 * @param operation a name for logs and exception messages (never personal data)
 * @param pathAndQuery under {@code /internal/v1}, already encoded
 * @param body the JSON body, or null
 * @param headers call-specific headers ({@code If-Match}, {@code Idempotency-Key})
 * @param retriable whether a failed attempt may be repeated (the call is idempotent)
 */
record UpstreamCall(String operation, HttpMethod method, String pathAndQuery, Buffer body,
    Map<String, String> headers, boolean retriable) {

  UpstreamCall {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathAndQuery, "pathAndQuery");
    headers = Map.copyOf(headers);
  }

  static UpstreamCall of(String operation, HttpMethod method, String pathAndQuery) {
    return new UpstreamCall(operation, method, pathAndQuery, null, Map.of(), true);
  }

  UpstreamCall withBody(Buffer json) {
    return new UpstreamCall(operation, method, pathAndQuery, json, headers, retriable);
  }

  UpstreamCall withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new UpstreamCall(operation, method, pathAndQuery, body, more, retriable);
  }

  UpstreamCall retriable(boolean retriable) {
    return new UpstreamCall(operation, method, pathAndQuery, body, headers, retriable);
  }
}
