package com.skovik.scim.users;

import static com.skovik.scim.auth.ScimAuthentication.tenantOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.http.MethodGuard;
import com.skovik.scim.http.RequestContext;
import com.skovik.scim.http.ScimBaseUrl;
import com.skovik.scim.http.ScimResponses;
import com.skovik.scim.scim.Projection;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.patch.PatchRequest;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.OptionalLong;
import java.util.function.Function;

/** {@code /Users}: every endpoint and its handler, on one screen. */
public final class UserRoutes {

  private final UserService users;
  private final UserQueries queries;
  private final ScimBaseUrl baseUrl;

  public UserRoutes(UserService users, UserQueries queries, ScimBaseUrl baseUrl) {
    this.users = users;
    this.queries = queries;
    this.baseUrl = baseUrl;
  }

  public void mount(Router scim) {
    scim.get("/Users").handler(this::list);
    scim.post("/Users").handler(this::create);
    scim.route("/Users").handler(MethodGuard.allowing(HttpMethod.GET, HttpMethod.POST));
    scim.post("/Users/.search").handler(this::search);
    scim.route("/Users/.search").handler(MethodGuard.allowing(HttpMethod.POST));
    scim.get("/Users/:id").handler(this::read);
    scim.put("/Users/:id").handler(this::replace);
    scim.patch("/Users/:id").handler(this::patch);
    scim.delete("/Users/:id").handler(this::delete);
    scim.route("/Users/:id").handler(MethodGuard.allowing(
        HttpMethod.GET, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE));
  }

  private void create(RoutingContext ctx) {
    respond(ctx, 201, call -> body(ctx).compose(body -> users.create(call, body)));
  }

  private void read(RoutingContext ctx) {
    respond(ctx, 200, call -> users.get(call, ctx.pathParam("id")));
  }

  private void replace(RoutingContext ctx) {
    respond(ctx, 200, call -> body(ctx)
        .compose(body -> users.replace(call, ctx.pathParam("id"), body, ifMatch(ctx))));
  }

  private void patch(RoutingContext ctx) {
    respond(ctx, 200, call -> body(ctx)
        .map(body -> PatchRequest.parse(body).operations())
        .compose(operations -> users.patch(call, ctx.pathParam("id"), operations, ifMatch(ctx))));
  }

  private void delete(RoutingContext ctx) {
    UserCall call = callOf(ctx);
    Future.succeededFuture()
        .compose(nothing -> users.delete(call, ctx.pathParam("id"), ifMatch(ctx)))
        .onSuccess(deleted -> ScimResponses.noContent(ctx))
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    UserCall call = callOf(ctx);
    Future.succeededFuture()
        .map(nothing -> UserQuery.fromQueryParameters(ctx.queryParams()))
        .compose(query -> queries.search(call, query))
        .onSuccess(page -> ScimResponses.send(ctx, 200, page))
        .onFailure(ctx::fail);
  }

  private void search(RoutingContext ctx) {
    UserCall call = callOf(ctx);
    body(ctx)
        .map(UserQuery::fromSearchRequest)
        .compose(query -> queries.search(call, query))
        .onSuccess(page -> ScimResponses.send(ctx, 200, page))
        .onFailure(ctx::fail);
  }

  /**
   * Runs one single-user operation and answers it with Location, ETag and the projection the
   * query asks for. The projection is checked first, so a bad parameter writes nothing.
   */
  private void respond(RoutingContext ctx, int status, Function<UserCall, Future<ObjectNode>> work) {
    UserCall call = callOf(ctx);
    var schema = call.tenant().userSchema();
    Future.succeededFuture()
        .map(nothing -> Projection.of(ctx.queryParams().get("attributes"),
            ctx.queryParams().get("excludedAttributes"), schema))
        .compose(projection -> work.apply(call).map(user -> {
          JsonNode meta = user.path("meta");
          ctx.response()
              .putHeader(HttpHeaders.LOCATION, meta.path("location").asText())
              .putHeader(HttpHeaders.ETAG, meta.path("version").asText());
          return projection.apply(user, schema);
        }))
        .onSuccess(user -> ScimResponses.send(ctx, status, user))
        .onFailure(ctx::fail);
  }

  private UserCall callOf(RoutingContext ctx) {
    var tenant = tenantOf(ctx);
    return new UserCall(tenant, RequestContext.upstream(ctx),
        baseUrl.of(ctx));
  }

  private static OptionalLong ifMatch(RoutingContext ctx) {
    return ETags.ifMatch(ctx.request().getHeader(HttpHeaders.IF_MATCH));
  }

  private static Future<JsonNode> body(RoutingContext ctx) {
    return Future.succeededFuture(ctx.body().buffer())
        .map(buffer -> {
          if (buffer == null || buffer.length() == 0) {
            throw ScimException.invalidSyntax("The request body is empty; a JSON object is expected.");
          }
          return ScimJson.parseObject(buffer.getBytes());
        });
  }
}
