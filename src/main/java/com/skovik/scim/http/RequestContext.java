package com.skovik.scim.http;

import com.skovik.scim.skovik.CallContext;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;

/**
 * What a log line says about the request it belongs to: its id and, once authenticated, the
 * tenant. Never the token, never personal data.
 */
public final class RequestContext {

  private static final String TENANT_LABEL = "scim.tenantLabel";
  private static final String UPSTREAM = "scim.upstream";

  private RequestContext() {}

  /**
   * Starts the clock of a SCIM request: every upstream call it causes carries its id and must
   * end within {@code budget}, retries included.
   */
  public static void startUpstreamBudget(RoutingContext ctx, Duration budget) {
    ctx.put(UPSTREAM, CallContext.withBudget(RequestIds.of(ctx), budget));
  }

  public static void labelTenant(RoutingContext ctx, String label) {
    ctx.put(TENANT_LABEL, label);
    ctx.put(UPSTREAM, upstream(ctx).withTenant(label));
  }

  /** What upstream calls made for this request carry. */
  public static CallContext upstream(RoutingContext ctx) {
    CallContext call = ctx.get(UPSTREAM);
    return call != null ? call : new CallContext(RequestIds.of(ctx));
  }

  public static String describe(RoutingContext ctx) {
    String tenant = ctx.get(TENANT_LABEL);
    return "[request " + RequestIds.of(ctx) + (tenant == null ? "" : " tenant " + tenant) + "]";
  }
}
