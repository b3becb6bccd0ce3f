package com.skovik.scim.http;

import io.vertx.ext.web.RoutingContext;

/**
 * What a log line says about the request it belongs to: its id and, once authenticated, the
 * tenant. Never the token, never personal data.
 */
public final class RequestContext {

  private static final String TENANT_LABEL = "scim.tenantLabel";

  private RequestContext() {}

  public static void labelTenant(RoutingContext ctx, String label) {
    ctx.put(TENANT_LABEL, label);
  }

  public static String describe(RoutingContext ctx) {
    String tenant = ctx.get(TENANT_LABEL);
    return "[request " + RequestIds.of(ctx) + (tenant == null ? "" : " tenant " + tenant) + "]";
  }
}
