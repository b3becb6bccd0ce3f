package com.skovik.scim.http;

import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.ScimSchemas;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Writes SCIM bodies with the SCIM media type; never through {@code ctx.json(…)}. */
public final class ScimResponses {

  public static final String CONTENT_TYPE = ScimSchemas.MEDIA_TYPE + "; charset=utf-8";

  private ScimResponses() {}

  public static Future<Void> send(RoutingContext ctx, int status, Object body) {
    return ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
        .end(Buffer.buffer(ScimJson.write(body)));
  }

  public static Future<Void> noContent(RoutingContext ctx) {
    return ctx.response().setStatusCode(204).end();
  }
}
