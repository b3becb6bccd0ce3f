package com.skovik.scim.http;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code /health/live} (the process serves requests) and {@code /health/ready} (the upstream
 * answers and the token signing keys are loaded), without authentication, for load balancers
 * and Kubernetes probes.
 */
public final class Health {

  private static final long PROBE_TIMEOUT_SECONDS = 3;

  private final Supplier<Future<Void>> upstreamCheck;
  private final Supplier<Future<Void>> keysCheck;

  public Health(Supplier<Future<Void>> upstreamCheck, Supplier<Future<Void>> keysCheck) {
    this.upstreamCheck = upstreamCheck;
    this.keysCheck = keysCheck;
  }

  public void mount(Router router) {
    router.get("/health/live").handler(ctx -> send(ctx, 200, new JsonObject().put("status", "UP")));
    router.get("/health/ready").handler(this::ready);
    // Without these, the router's own 405 would carry no Allow header.
    router.route("/health/live").handler(MethodGuard.allowing(HttpMethod.GET));
    router.route("/health/ready").handler(MethodGuard.allowing(HttpMethod.GET));
  }

  private void ready(RoutingContext ctx) {
    // A probe answers within its budget even when it joins a slower load already under way.
    Future<Void> upstream = upstreamCheck.get().timeout(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Future<Void> keys = keysCheck.get().timeout(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Future.join(upstream, keys).onComplete(done -> {
      JsonObject checks = new JsonObject()
          .put("skovikApi", upstream.succeeded() ? "UP" : "DOWN")
          .put("signingKeys", keys.succeeded() ? "UP" : "DOWN");
      boolean up = upstream.succeeded() && keys.succeeded();
      send(ctx, up ? 200 : 503, new JsonObject().put("status", up ? "UP" : "DOWN").put("checks", checks));
    });
  }

  private static void send(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end(Buffer.buffer(body.encode()));
  }
}
