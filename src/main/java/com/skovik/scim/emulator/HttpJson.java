package com.skovik.scim.emulator;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Reading JSON request bodies and writing JSON answers. */
final class HttpJson {

  private HttpJson() {}

  /** The request body as a JSON object; 400 when it is missing, malformed or not an object. */
  static JsonObject requestObject(RoutingContext ctx) {
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (DecodeException | ClassCastException malformed) {
      throw ApiError.badRequest("the body is not a JSON object");
    }
    if (body == null) {
      throw ApiError.badRequest("a JSON object body is required");
    }
    return body;
  }

  static void send(RoutingContext ctx, int status, JsonObject body) {
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end(body.encode());
  }

  static void sendOk(RoutingContext ctx, JsonObject body) {
    send(ctx, 200, body);
  }
}
