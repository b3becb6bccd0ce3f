package com.skovik.scim.http;

import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimSchemas;
import com.skovik.scim.skovik.SkovikApiException;
import com.skovik.scim.skovik.SkovikUnavailableException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become RFC 7644 §3.12 error responses. Registered as the router's
 * failure handler and for its error codes, so nothing leaves the gateway as HTML.
 */
public final class ScimFailureHandler implements Handler<RoutingContext> {

  private static final Logger LOG = LoggerFactory.getLogger(ScimFailureHandler.class);

  @Override
  public void handle(RoutingContext ctx) {
    answer(ctx, ctx.statusCode());
  }

  /**
   * For {@code router.errorHandler(code, …)}: the router does not always put the status on the
   * context (a path it cannot decode reaches the 400 handler with none), so the code is kept here.
   */
  public Handler<RoutingContext> forErrorCode(int code) {
    return ctx -> answer(ctx, ctx.statusCode() >= 400 ? ctx.statusCode() : code);
  }

  private void answer(RoutingContext ctx, int statusCode) {
    Throwable failure = ctx.failure();
    ScimException error = FailureTranslator.translate(failure, statusCode);
    log(ctx, error, failure);
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    var response = ctx.response();
    if (error.status() == 401) {
      response.putHeader("WWW-Authenticate", "Bearer realm=\"skovik-scim\"");
    }
    if (error.status() == 429 && failure instanceof SkovikApiException api) {
      response.putHeader("Retry-After", String.valueOf(retryAfter(api)));
    }
    // Headers meant for a successful answer do not belong on an error.
    response.headers().remove(HttpHeaders.LOCATION).remove(HttpHeaders.ETAG);
    ScimResponses.send(ctx, error.status(), body(error));
  }

  static Map<String, Object> body(ScimException error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("schemas", List.of(ScimSchemas.ERROR));
    body.put("status", String.valueOf(error.status()));
    error.scimType().ifPresent(type -> body.put("scimType", type));
    body.put("detail", error.detail());
    return body;
  }

  private static long retryAfter(SkovikApiException api) {
    Long seconds = api.retryAfterSeconds();
    return seconds == null || seconds < 1 ? 1 : seconds;
  }

  private static void log(RoutingContext ctx, ScimException error, Throwable failure) {
    String where = ctx.request().method() + " " + ctx.request().path();
    if (failure instanceof SkovikApiException api && api.status() == 429) {
      LOG.debug("{} {} answered 429: Skovik is rate limiting", RequestContext.describe(ctx), where);
    } else if (failure instanceof SkovikUnavailableException) {
      // Skovik's own trouble: what failed and why is one line; a stack trace would add nothing.
      LOG.warn("{} {} answered {}: {} ({})", RequestContext.describe(ctx), where, error.status(),
          failure.getMessage(), failure.getCause() == null ? "no cause" : failure.getCause().toString());
    } else if (error.status() >= 500) {
      // A bug, or a condition operators must see: the cause (when it is not our own SCIM error)
      // is logged in full; the client saw only the fixed detail.
      LOG.error("{} {} answered {}: {}", RequestContext.describe(ctx), where, error.status(),
          error.detail(), failure instanceof ScimException ? null : failure);
    } else if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} answered {} {}", RequestContext.describe(ctx), where, error.status(),
          error.scimType().orElse(""));
    }
  }
}
