package com.skovik.scim.http;

import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.Optional;

/**
 * The absolute URL of the SCIM root for {@code meta.location} and {@code Location}: the
 * configured public URL behind a load balancer, else the scheme and host the request came to
 * (forwarded headers are honoured by the router when configured to).
 */
public final class ScimBaseUrl {

  public static final String SCIM_ROOT = "/scim/v2";

  private final Optional<URI> configured;

  public ScimBaseUrl(Optional<URI> configured) {
    this.configured = configured;
  }

  public String of(RoutingContext ctx) {
    if (configured.isPresent()) {
      return configured.get().toString();
    }
    var authority = ctx.request().authority();
    String host = authority == null ? "localhost" : authority.toString();
    return ctx.request().scheme() + "://" + host + SCIM_ROOT;
  }
}
