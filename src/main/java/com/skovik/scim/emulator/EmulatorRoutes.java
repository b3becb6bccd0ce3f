package com.skovik.scim.emulator;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.HttpException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's router: request ids, body limit, then for each endpoint
 * count → service key → per-company rate limit → handler; one failure handler renders
 * every error in the contract's shape. Serves the directory endpoints (JWKS, identity
 * providers, custom fields, branches) itself and mounts {@link EmployeeRoutes}.
 */
final class EmulatorRoutes {

  static final String API_PREFIX = "/internal/v1";
  private static final long MAX_BODY_BYTES = 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(EmulatorRoutes.class);

  /** Adds an endpoint; the template is written as in the contract, e.g. {@code /companies/{cid}/branches}. */
  @FunctionalInterface
  interface Endpoints {
    void add(HttpMethod method, String template, Handler<RoutingContext> handler);
  }

  private final EmulatorStore store;
  private final SigningKeys keys;
  private final RequestCounter counter;
  private final RateLimiter rateLimiter;
  private final EmployeeRoutes employeeRoutes;
  private final byte[] expectedAuthorization;

  EmulatorRoutes(EmulatorOptions options, EmulatorStore store, SigningKeys keys, RequestCounter counter) {
    this.store = store;
    this.keys = keys;
    this.counter = counter;
    this.rateLimiter = new RateLimiter(options.rateLimitPerSecond(), options.clock());
    this.employeeRoutes = new EmployeeRoutes(new EmployeeOperations(store), new IdempotencyLedger(options.clock()));
    this.expectedAuthorization = ("Bearer " + options.serviceKey()).getBytes(StandardCharsets.UTF_8);
  }

  Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    router.route().handler(this::countAndEchoRequestId);
    router.route().handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
    Endpoints endpoints = (method, template, handler) -> {
      String endpoint = method.name() + " " + template;
      router.route(method, API_PREFIX + template.replaceAll("\\{(\\w+)}", ":$1"))
          .handler(ctx -> {
            counter.countEndpoint(endpoint);
            ctx.next();
          })
          .handler(this::requireServiceKey)
          .handler(rateLimiter)
          .handler(handler);
    };
    endpoints.add(HttpMethod.GET, "/scim/jwks", ctx -> HttpJson.sendOk(ctx, keys.jwks()));
    endpoints.add(HttpMethod.GET, "/companies/{cid}/identity-providers/{idp_id}", this::identityProvider);
    endpoints.add(HttpMethod.GET, "/companies/{cid}/custom-fields", this::customFields);
    endpoints.add(HttpMethod.GET, "/companies/{cid}/branches", this::branches);
    endpoints.add(HttpMethod.GET, "/companies/{cid}/branches/{bid}", this::branch);
    employeeRoutes.mount(endpoints);
    router.route().last().handler(ctx -> {
      throw ApiError.notFound("endpoint " + ctx.request().method() + " " + ctx.request().path());
    });
    router.route().failureHandler(this::sendFailure);
    return router;
  }

  private void countAndEchoRequestId(RoutingContext ctx) {
    counter.countRequest();
    String requestId = ctx.request().getHeader("X-Request-Id");
    if (requestId != null) {
      ctx.addHeadersEndHandler(ignored -> ctx.response().putHeader("X-Request-Id", requestId));
    }
    ctx.next();
  }

  private void requireServiceKey(RoutingContext ctx) {
    String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    byte[] presented = bearer ? ("Bearer " + authorization.substring(7)).getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(presented, expectedAuthorization)) {
      throw ApiError.unauthorized();
    }
    ctx.next();
  }

  private void identityProvider(RoutingContext ctx) {
    String companyId = ctx.pathParam("cid");
    String idpId = ctx.pathParam("idp_id");
    HttpJson.sendOk(ctx, store.inCompany(companyId, company -> company.identityProvider(idpId)
        .map(idp -> EmulatorJson.identityProvider(companyId, idp))
        .orElseThrow(() -> ApiError.notFound("identity provider " + idpId))));
  }

  private void customFields(RoutingContext ctx) {
    QueryParameters.requireOnly(ctx.queryParams(), Set.of());
    HttpJson.sendOk(ctx, store.inCompany(ctx.pathParam("cid"), company ->
        EmulatorJson.data(company.customFields().stream().map(EmulatorJson::customField).toList())));
  }

  private void branches(RoutingContext ctx) {
    QueryParameters.requireOnly(ctx.queryParams(), Set.of("external_identifier"));
    String externalIdentifier = ctx.queryParams().get("external_identifier");
    HttpJson.sendOk(ctx, store.inCompany(ctx.pathParam("cid"), company -> EmulatorJson.data(
        (externalIdentifier == null
            ? company.branches().stream()
            : company.branchByExternalIdentifier(externalIdentifier).stream())
            .map(EmulatorJson::branch).toList())));
  }

  private void branch(RoutingContext ctx) {
    String branchId = ctx.pathParam("bid");
    HttpJson.sendOk(ctx, store.inCompany(ctx.pathParam("cid"), company -> company.branch(branchId)
        .map(EmulatorJson::branch)
        .orElseThrow(() -> ApiError.notFound("branch " + branchId))));
  }

  private void sendFailure(RoutingContext ctx) {
    ApiError error = asApiError(ctx);
    if (error.status() >= 500) {
      LOG.error("emulator failed on {} {}", ctx.request().method(), ctx.request().path(), ctx.failure());
    }
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    error.retryAfterSeconds().ifPresent(seconds -> ctx.response().putHeader("Retry-After", Long.toString(seconds)));
    HttpJson.send(ctx, error.status(), error.body());
  }

  private static ApiError asApiError(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof ApiError apiError) {
      return apiError;
    }
    if (failure instanceof HttpException httpException) {
      return ApiError.fromStatus(httpException.getStatusCode());
    }
    return failure == null ? ApiError.fromStatus(ctx.statusCode()) : ApiError.internal();
  }
}
