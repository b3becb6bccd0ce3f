package com.skovik.scim.http;

import com.skovik.scim.scim.ScimException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * Accepts request bodies declared as {@code application/scim+json} or {@code application/json},
 * with any parameters such as {@code charset}. A missing Content-Type is tolerated: Entra's
 * test connection sends none, and the body is parsed as JSON anyway. A request without a body
 * has no media type to refuse, whatever its header says. Runs after the body handler.
 */
public final class ScimMediaTypes implements Handler<RoutingContext> {

  @Override
  public void handle(RoutingContext ctx) {
    String declared = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
    if (declared == null || declared.isBlank() || isJson(declared) || ctx.body().isEmpty()) {
      ctx.next();
      return;
    }
    ctx.fail(ScimException.unsupportedMediaType("Content-Type " + mediaType(declared)
        + " is not supported; send application/scim+json or application/json."));
  }

  static boolean isJson(String contentType) {
    String type = mediaType(contentType);
    return type.equals("application/scim+json") || type.equals("application/json");
  }

  private static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.trim().toLowerCase(Locale.ROOT);
  }
}
