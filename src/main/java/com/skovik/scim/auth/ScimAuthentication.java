package com.skovik.scim.auth;

import com.skovik.scim.http.RequestContext;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.skovik.CallContext;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Authenticates every {@code /scim/v2} request and attaches its {@link Tenant}. A bad token is
 * 401, a disabled identity provider 403, and an upstream that cannot be asked 503 — never 401,
 * which would make an identity provider believe its token was revoked.
 */
public final class ScimAuthentication implements Handler<RoutingContext> {

  private static final String TENANT_KEY = "scim.tenant";

  private final TokenVerifier tokens;
  private final TenantDirectory tenants;

  public ScimAuthentication(TokenVerifier tokens, TenantDirectory tenants) {
    this.tokens = tokens;
    this.tenants = tenants;
  }

  @Override
  public void handle(RoutingContext ctx) {
    CallContext call = RequestContext.upstream(ctx);
    Future.succeededFuture(ctx.request().getHeader(HttpHeaders.AUTHORIZATION))
        .map(BearerToken::from)
        .compose(token -> tokens.verify(call, token))
        .compose(claims -> tenants.tenantFor(call, claims))
        .onSuccess(tenant -> {
          ctx.put(TENANT_KEY, tenant);
          RequestContext.labelTenant(ctx, tenant.label());
          ctx.next();
        })
        .onFailure(ctx::fail);
  }

  /** The tenant of an authenticated request. */
  public static Tenant tenantOf(RoutingContext ctx) {
    Tenant tenant = ctx.get(TENANT_KEY);
    if (tenant == null) {
      throw ScimException.internal("The request reached a handler without authentication.");
    }
    return tenant;
  }
}
