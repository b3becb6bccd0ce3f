package com.skovik.scim.auth;

import java.util.Objects;

/** The claims of a verified SCIM token that name its identity provider configuration. */
public record TokenClaims(String companyId, String identityProviderId, String tokenId) {
  public TokenClaims {
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(identityProviderId, "identityProviderId");
    Objects.requireNonNull(tokenId, "tokenId");
  }
}
