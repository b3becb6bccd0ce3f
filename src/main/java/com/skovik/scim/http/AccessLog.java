package com.skovik.scim.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request once it is answered: method, path, status, duration, request id and
 * tenant. The query string is left out on purpose: filters carry email addresses.
 */
public final class AccessLog implements Handler<RoutingContext> {

  private static final Logger LOG = LoggerFactory.getLogger("com.skovik.scim.access");

  @Override
  public void handle(RoutingContext ctx) {
    long started = System.nanoTime();
    ctx.addBodyEndHandler(ended -> LOG.info("{} {} {} {} {}ms", RequestContext.describe(ctx),
        ctx.request().method(), ctx.request().path(), ctx.response().getStatusCode(),
        (System.nanoTime() - started) / 1_000_000));
    ctx.next();
  }
}
