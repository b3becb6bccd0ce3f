package com.skovik.scim;

import com.skovik.scim.config.GatewayConfig;
import com.skovik.scim.http.AccessLog;
import com.skovik.scim.http.InvalidRequests;
import com.skovik.scim.http.RequestContext;
import com.skovik.scim.http.RequestIds;
import com.skovik.scim.http.ScimBaseUrl;
import com.skovik.scim.http.ScimFailureHandler;
import com.skovik.scim.http.ScimMediaTypes;
import com.skovik.scim.http.UnsupportedEndpoints;
import com.skovik.scim.skovik.CallContext;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wiring only: the upstream client, caches, routers, and the listening server. */
public final class GatewayVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayVerticle.class);
  private static final int[] ERROR_CODES = {400, 401, 403, 404, 405, 406, 413, 414, 415, 431, 500};

  private static final long SHUTDOWN_GRACE_SECONDS = 20;
  // Listening must not wait long for a Skovik that is down: probes would fail meanwhile.
  private static final Duration STARTUP_KEY_BUDGET = Duration.ofSeconds(3);

  private final GatewayConfig config;
  private final Clock clock;
  private HttpServer server;

  public GatewayVerticle(GatewayConfig config) {
    this(config, Clock.systemUTC());
  }

  /** With the clock that token expiry and the signing-key refresh interval follow; tests move it. */
  public GatewayVerticle(GatewayConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  @Override
  public Future<?> start() {
    GatewayWiring wiring = GatewayWiring.create(vertx, config, clock);
    Router root = Router.router(vertx);
    root.route().handler(new RequestIds());
    root.route().handler(ctx -> {
      RequestContext.startUpstreamBudget(ctx, config.requestBudget());
      ctx.next();
    });
    root.route().handler(new AccessLog());
    wiring.health().mount(root);
    root.route(ScimBaseUrl.SCIM_ROOT + "/*").subRouter(scimRouter(wiring));
    ScimFailureHandler failures = new ScimFailureHandler();
    root.route().failureHandler(failures);
    for (int code : ERROR_CODES) {
      root.errorHandler(code, failures.forErrorCode(code));
    }
    // Keys are loaded before listening; if Skovik is down now, the gateway still starts, reports
    // not ready, and loads them on the first request.
    return wiring.signingKeys().load(CallContext.withBudget("startup", STARTUP_KEY_BUDGET))
        .recover(failure -> {
          LOG.warn("Could not load the SCIM token signing keys from Skovik at start-up; "
              + "will retry on demand: {}", failure.toString());
          return Future.succeededFuture();
        })
        .compose(loaded -> vertx.createHttpServer()
            .invalidRequestHandler(new InvalidRequests())
            .requestHandler(root)
            .listen(config.httpPort()))
        .onSuccess(listening -> {
          server = listening;
          LOG.info("Skovik SCIM gateway listening on port {}", listening.actualPort());
        });
  }

  /**
   * Stops taking connections and lets requests in flight finish (bounded), so a rolling
   * deployment never cuts an identity provider's call in half.
   */
  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.shutdown(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
  }

  /** The port actually bound, useful when the configuration asked for port 0. */
  public int actualPort() {
    return server.actualPort();
  }

  private Router scimRouter(GatewayWiring wiring) {
    Router scim = Router.router(vertx);
    scim.route().handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()));
    scim.route().handler(new ScimMediaTypes());
    scim.route().handler(wiring.authentication());
    wiring.discovery().mount(scim);
    wiring.users().mount(scim);
    UnsupportedEndpoints.mount(scim);
    scim.route().failureHandler(new ScimFailureHandler());
    return scim;
  }
}
