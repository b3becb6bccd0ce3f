package com.skovik.scim.discovery;

import static com.skovik.scim.auth.ScimAuthentication.tenantOf;

import com.skovik.scim.http.MethodGuard;
import com.skovik.scim.http.ScimBaseUrl;
import com.skovik.scim.http.ScimResponses;
import com.skovik.scim.scim.ScimException;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /ServiceProviderConfig}, {@code /Schemas} and {@code /ResourceTypes}: read-only, so
 * every other method answers 405. Mounted under {@code /scim/v2} after authentication, because
 * the Skovik extension schema differs per identity provider.
 */
public final class DiscoveryRoutes {

  private final DiscoveryDocuments documents;
  private final ScimBaseUrl baseUrl;

  public DiscoveryRoutes(DiscoveryDocuments documents, ScimBaseUrl baseUrl) {
    this.documents = documents;
    this.baseUrl = baseUrl;
  }

  public void mount(Router scim) {
    readOnly(scim, "/ServiceProviderConfig", this::serviceProviderConfig);
    readOnly(scim, "/Schemas", this::schemas);
    readOnly(scim, "/Schemas/:urn", this::schema);
    readOnly(scim, "/ResourceTypes", this::resourceTypes);
    readOnly(scim, "/ResourceTypes/:name", this::resourceType);
  }

  private static void readOnly(Router scim, String path,
      io.vertx.core.Handler<RoutingContext> handler) {
    scim.get(path).handler(handler);
    scim.route(path).handler(MethodGuard.allowing(HttpMethod.GET));
  }

  private void serviceProviderConfig(RoutingContext ctx) {
    ScimResponses.send(ctx, 200, documents.serviceProviderConfig(baseUrl.of(ctx)));
  }

  private void schemas(RoutingContext ctx) {
    ScimResponses.send(ctx, 200, documents.schemas(baseUrl.of(ctx), tenantOf(ctx).userSchema()));
  }

  private void schema(RoutingContext ctx) {
    String urn = ctx.pathParam("urn");
    var document = documents.schema(baseUrl.of(ctx), tenantOf(ctx).userSchema(), urn)
        .orElseThrow(() -> ScimException.notFound("No schema " + urn + ". This gateway serves "
            + "the core User, enterprise User and Skovik User schemas; Groups are not supported."));
    ScimResponses.send(ctx, 200, document);
  }

  private void resourceTypes(RoutingContext ctx) {
    ScimResponses.send(ctx, 200,
        documents.resourceTypes(baseUrl.of(ctx), tenantOf(ctx).userSchema()));
  }

  private void resourceType(RoutingContext ctx) {
    if (!"User".equalsIgnoreCase(ctx.pathParam("name"))) {
      throw ScimException.notFound("No resource type " + ctx.pathParam("name")
          + ". Only User is supported; Groups are not supported by Skovik.");
    }
    ScimResponses.send(ctx, 200,
        documents.userResourceType(baseUrl.of(ctx), tenantOf(ctx).userSchema()));
  }
}
