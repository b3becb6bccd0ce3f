package com.skovik.scim.http;

import com.skovik.scim.scim.ScimException;
import io.vertx.ext.web.Router;

/**
 * The last routes under {@code /scim/v2}: a clear 404 for everything the gateway does not serve,
 * with Groups named, since identity providers try them first.
 */
public final class UnsupportedEndpoints {

  private static final String SUPPORTED = "The Skovik SCIM gateway serves /Users, "
      + "/ServiceProviderConfig, /Schemas and /ResourceTypes.";

  private UnsupportedEndpoints() {}

  public static void mount(Router scim) {
    scim.routeWithRegex("(?i)/Groups(/.*)?").handler(ctx -> ctx.fail(ScimException.notFound(
        "Groups are not supported: Skovik has no groups to provision. " + SUPPORTED)));
    scim.routeWithRegex("(?i)/Bulk(/.*)?").handler(ctx -> ctx.fail(ScimException.notFound(
        "Bulk operations are not supported. " + SUPPORTED)));
    scim.routeWithRegex("(?i)/Me(/.*)?").handler(ctx -> ctx.fail(ScimException.notFound(
        "/Me is not supported: SCIM tokens belong to identity providers, not users. " + SUPPORTED)));
    scim.route().handler(ctx -> ctx.fail(ScimException.notFound(
        "No such endpoint: " + ctx.request().path() + ". " + SUPPORTED)));
  }
}
