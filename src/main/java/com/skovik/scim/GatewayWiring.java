package com.skovik.scim;

import com.skovik.scim.auth.ScimAuthentication;
import com.skovik.scim.auth.SigningKeys;
import com.skovik.scim.auth.TenantDirectory;
import com.skovik.scim.auth.TokenVerifier;
import com.skovik.scim.config.GatewayConfig;
import com.skovik.scim.discovery.DiscoveryDocuments;
import com.skovik.scim.discovery.DiscoveryRoutes;
import com.skovik.scim.http.Health;
import com.skovik.scim.http.ScimBaseUrl;
import com.skovik.scim.skovik.BranchDirectory;
import com.skovik.scim.skovik.BranchDirectoryOptions;
import com.skovik.scim.skovik.CachingBranchDirectory;
import com.skovik.scim.skovik.CallContext;
import com.skovik.scim.skovik.HttpSkovikClient;
import com.skovik.scim.skovik.SkovikClient;
import com.skovik.scim.skovik.SkovikClientOptions;
import com.skovik.scim.users.UserRoutes;
import com.skovik.scim.users.Users;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;

/** The gateway's parts, built once from the configuration: clients, caches and features. */
record GatewayWiring(
    SigningKeys signingKeys,
    ScimAuthentication authentication,
    DiscoveryRoutes discovery,
    UserRoutes users,
    Health health) {

  static GatewayWiring create(Vertx vertx, GatewayConfig config, Clock clock) {
    SkovikClient skovik = new HttpSkovikClient(vertx, new SkovikClientOptions(
        config.skovikApiUrl().orElseThrow(), config.skovikServiceKey(),
        config.skovikConnectTimeout(), config.skovikCallTimeout(), config.skovikRetryBudget(),
        SkovikClientOptions.DEFAULT_BACKOFF_BASE, SkovikClientOptions.DEFAULT_BACKOFF_CAP,
        SkovikClientOptions.DEFAULT_MAX_POOL_SIZE));
    BranchDirectory branches = new CachingBranchDirectory(vertx, skovik, new BranchDirectoryOptions(
        config.branchCacheTtl(), config.branchCacheNegativeTtl(), 50_000));
    SigningKeys keys = new SigningKeys(vertx, skovik, config.jwksMinRefreshInterval(), clock);
    TokenVerifier tokens = new TokenVerifier(keys, config.scimTokenIssuer(), clock);
    TenantDirectory tenants = new TenantDirectory(vertx, skovik, config.identityProviderCacheTtl());
    ScimBaseUrl baseUrl = new ScimBaseUrl(config.publicBaseUrl());
    // Probes must answer fast: their upstream calls get a short budget, not the retry budget.
    Duration probeBudget = Duration.ofSeconds(2);
    Health health = new Health(
        () -> skovik.ping(CallContext.withBudget("health", probeBudget)),
        () -> keys.ensureLoaded(CallContext.withBudget("health", probeBudget)));
    return new GatewayWiring(
        keys,
        new ScimAuthentication(tokens, tenants),
        new DiscoveryRoutes(new DiscoveryDocuments(config.maxResults(), config.maxBodyBytes()), baseUrl),
        Users.routes(vertx, skovik, branches, baseUrl, config.maxResults(), config.queryScanLimit()),
        health);
  }
}
