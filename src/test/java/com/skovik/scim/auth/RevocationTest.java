package com.skovik.scim.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.skovik.scim.support.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.config.GatewayConfig;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.WireMockGatewayTest;
import io.vertx.core.json.JsonArray;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A token revoked or a configuration disabled in Skovik stops working as soon as the cached
 * configuration expires ({@code IDP_CACHE_TTL_SECONDS}, 30 s by default): here the cache is
 * configured off, so the very next request sees the change.
 */
class RevocationTest extends WireMockGatewayTest {

  private static final String DISCOVERY = "/scim/v2/ServiceProviderConfig";

  @Override
  protected GatewayConfig config() {
    return super.config().withIdentityProviderCacheTtl(Duration.ZERO);
  }

  @Test
  void token_revoked_in_skovik_is_refused_once_the_cached_configuration_expires() {
    ScimResponse before = gateway.get(DISCOVERY);
    stubIdentityProvider(identityProvider().put("active_token_ids", new JsonArray().add("tok_new")));

    ScimResponse after = gateway.get(DISCOVERY);

    assertThat(before.status()).as(before.toString()).isEqualTo(200);
    assertScimError(after, 401);
    skovik.verify(2, getRequestedFor(urlPathEqualTo(COMPANY_PATH + "/identity-providers/" + IDP)));
  }

  @Test
  void provisioning_disabled_in_skovik_is_refused_once_the_cached_configuration_expires() {
    ScimResponse before = gateway.get(DISCOVERY);
    stubIdentityProvider(identityProvider().put("user_provisioning_enabled", false));

    ScimResponse after = gateway.get(DISCOVERY);

    assertThat(before.status()).as(before.toString()).isEqualTo(200);
    assertScimError(after, 403);
  }
}
