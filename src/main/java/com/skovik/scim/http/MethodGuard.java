package com.skovik.scim.http;

import com.skovik.scim.scim.ScimException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.stream.Collectors;

/** Answers 405 with an {@code Allow} header for methods an endpoint does not serve. */
public final class MethodGuard implements Handler<RoutingContext> {

  private final String allow;

  private MethodGuard(List<HttpMethod> allowed) {
    this.allow = allowed.stream().map(HttpMethod::name).collect(Collectors.joining(", "));
  }

  public static MethodGuard allowing(HttpMethod... allowed) {
    return new MethodGuard(List.of(allowed));
  }

  @Override
  public void handle(RoutingContext ctx) {
    ctx.response().putHeader("Allow", allow);
    ctx.fail(ScimException.methodNotAllowed(ctx.request().method().name() + " is not allowed on "
        + ctx.request().path() + "; allowed: " + allow + "."));
  }
}
