package com.skovik.scim.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.ScimJson;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;

/** A gateway answer as a test reads it: status, headers and the body as a JSON tree. */
public record ScimResponse(int status, io.vertx.core.MultiMap headers, String rawBody) {

  static ScimResponse of(HttpResponse<Buffer> response) {
    Buffer body = response.body();
    return new ScimResponse(response.statusCode(), response.headers(),
        body == null ? "" : body.toString());
  }

  public JsonNode json() {
    return rawBody.isEmpty() ? ScimJson.mapper().nullNode() : ScimJson.parse(rawBody.getBytes());
  }

  public String header(String name) {
    return headers.get(name);
  }

  @Override
  public String toString() {
    return status + " " + rawBody;
  }
}
