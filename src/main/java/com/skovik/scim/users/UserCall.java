package com.skovik.scim.users;

import com.skovik.scim.auth.Tenant;
import com.skovik.scim.skovik.CallContext;
import java.util.Objects;

/**
 * What every user operation needs to know about the request it serves: whose it is, how to
 * tag the upstream calls it causes, and the SCIM base URL for locations.
 */
public record UserCall(Tenant tenant, CallContext upstream, String baseUrl) {
  public UserCall {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(upstream, "upstream");
    Objects.requireNonNull(baseUrl, "baseUrl");
  }

  String companyId() {
    return tenant.companyId();
  }
}
