package com.skovik.scim.config;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Every setting of the gateway, parsed and validated once at start-up. Tests build it with
 * {@link #defaults()} and the {@code with…} methods, never through the process environment.
 *
 * @param skovikApiUrl base URL of the Skovik API (before {@code /internal/v1}); absent means demo
 *     mode, where the embedded emulator plays the Skovik API
 * @param publicBaseUrl external URL of the SCIM root ({@code …/scim/v2}); absent means derived
 *     from each request
 * @param requestBudget how long one SCIM request may spend on upstream calls, retries included
 */
public record GatewayConfig(
    int httpPort,
    Optional<URI> skovikApiUrl,
    String skovikServiceKey,
    String scimTokenIssuer,
    Optional<URI> publicBaseUrl,
    long maxBodyBytes,
    int maxResults,
    int queryScanLimit,
    Duration identityProviderCacheTtl,
    Duration jwksMinRefreshInterval,
    Duration skovikConnectTimeout,
    Duration skovikCallTimeout,
    Duration skovikRetryBudget,
    Duration requestBudget,
    Duration branchCacheTtl,
    Duration branchCacheNegativeTtl,
    int demoEmulatorPort) {

  public GatewayConfig {
    if (skovikRetryBudget != null && skovikCallTimeout != null
        && skovikRetryBudget.compareTo(skovikCallTimeout) < 0) {
      throw new ConfigException("SKOVIK_RETRY_BUDGET_MS",
          "must be at least SKOVIK_CALL_TIMEOUT_MS: the budget covers one whole call");
    }
    Objects.requireNonNull(skovikApiUrl, "skovikApiUrl");
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    Objects.requireNonNull(skovikServiceKey, "skovikServiceKey");
    Objects.requireNonNull(scimTokenIssuer, "scimTokenIssuer");
    if (skovikApiUrl.isEmpty() && httpPort != 0 && httpPort == demoEmulatorPort) {
      throw new ConfigException("DEMO_EMULATOR_PORT",
          "must differ from HTTP_PORT in demo mode: both are " + httpPort);
    }
  }

  /** Parses the merged configuration; throws {@link ConfigException} naming the variable. */
  public static GatewayConfig from(JsonObject merged) {
    Settings settings = new Settings(merged);
    Optional<URI> apiUrl = settings.optionalHttpUrl("SKOVIK_API_URL");
    if (apiUrl.filter(GatewayConfig::includesApiRoot).isPresent()) {
      throw new ConfigException("SKOVIK_API_URL",
          "must be the part before /internal/v1, got \"" + apiUrl.get() + "\"");
    }
    // Demo mode fills these from the emulator; against a real Skovik they are required.
    String serviceKey = apiUrl.isPresent()
        ? settings.requiredText("SKOVIK_SERVICE_KEY") : settings.optionalText("SKOVIK_SERVICE_KEY").orElse("");
    String issuer = apiUrl.isPresent()
        ? settings.requiredText("SCIM_TOKEN_ISSUER") : settings.optionalText("SCIM_TOKEN_ISSUER").orElse("");
    return new GatewayConfig(
        settings.port("HTTP_PORT"),
        apiUrl,
        serviceKey,
        issuer,
        settings.optionalHttpUrl("SCIM_PUBLIC_BASE_URL"),
        settings.number("SCIM_MAX_BODY_BYTES", 1_024, 64L * 1024 * 1024),
        (int) settings.number("SCIM_MAX_RESULTS", 1, 1_000),
        (int) settings.number("SCIM_QUERY_SCAN_LIMIT", 200, 10_000_000),
        settings.seconds("IDP_CACHE_TTL_SECONDS", 0, 300),
        settings.seconds("JWKS_MIN_REFRESH_INTERVAL_SECONDS", 1, 3_600),
        settings.millis("SKOVIK_CONNECT_TIMEOUT_MS", 50, 60_000),
        settings.millis("SKOVIK_CALL_TIMEOUT_MS", 50, 55_000),
        settings.millis("SKOVIK_RETRY_BUDGET_MS", 50, 55_000),
        settings.millis("SCIM_REQUEST_BUDGET_MS", 100, 55_000),
        settings.seconds("BRANCH_CACHE_TTL_SECONDS", 1, 86_400),
        settings.seconds("BRANCH_CACHE_NEGATIVE_TTL_SECONDS", 0, 3_600),
        settings.port("DEMO_EMULATOR_PORT"));
  }

  private static boolean includesApiRoot(URI apiUrl) {
    String path = apiUrl.getPath() == null ? "" : apiUrl.getPath().replaceAll("/+$", "");
    return path.endsWith("/internal/v1");
  }

  /** The values of {@code conf/config.json}, for tests. */
  public static GatewayConfig defaults() {
    return new GatewayConfig(8080, Optional.empty(), "", "", Optional.empty(), 1_048_576, 200,
        100_000, Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(2),
        Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(25), Duration.ofMinutes(5),
        Duration.ofSeconds(30), 8089);
  }

  public boolean demoMode() {
    return skovikApiUrl.isEmpty();
  }

  /** Points the gateway at a Skovik API (the emulator in demo mode, WireMock in tests). */
  public GatewayConfig withSkovik(URI apiUrl, String serviceKey, String issuer) {
    return copy().apiUrl(apiUrl).serviceKey(serviceKey).issuer(issuer).build();
  }

  public GatewayConfig withHttpPort(int port) {
    return copy().httpPort(port).build();
  }

  public GatewayConfig withMaxBodyBytes(long bytes) {
    return copy().maxBodyBytes(bytes).build();
  }

  public GatewayConfig withUpstreamTiming(Duration callTimeout, Duration retryBudget) {
    return copy().upstreamTiming(callTimeout, retryBudget).build();
  }

  public GatewayConfig withRequestBudget(Duration budget) {
    return copy().requestBudget(budget).build();
  }

  public GatewayConfig withPublicBaseUrl(URI baseUrl) {
    return copy().publicBaseUrl(baseUrl).build();
  }

  public GatewayConfig withIdentityProviderCacheTtl(Duration ttl) {
    return copy().identityProviderCacheTtl(ttl).build();
  }

  public GatewayConfig withQueryLimits(int maxResults, int queryScanLimit) {
    return copy().queryLimits(maxResults, queryScanLimit).build();
  }

  private Copy copy() {
    return new Copy(this);
  }

  /** A mutable copy, so that each {@code with…} names only what it changes. */
  private static final class Copy {
    private int httpPort;
    private Optional<URI> skovikApiUrl;
    private String skovikServiceKey;
    private String scimTokenIssuer;
    private Optional<URI> publicBaseUrl;
    private long maxBodyBytes;
    private int maxResults;
    private int queryScanLimit;
    private Duration identityProviderCacheTtl;
    private final Duration jwksMinRefreshInterval;
    private final Duration skovikConnectTimeout;
    private Duration skovikCallTimeout;
    private Duration skovikRetryBudget;
    private Duration requestBudget;
    private final Duration branchCacheTtl;
    private final Duration branchCacheNegativeTtl;
    private final int demoEmulatorPort;

    private Copy(GatewayConfig c) {
      httpPort = c.httpPort;
      skovikApiUrl = c.skovikApiUrl;
      skovikServiceKey = c.skovikServiceKey;
      scimTokenIssuer = c.scimTokenIssuer;
      publicBaseUrl = c.publicBaseUrl;
      maxBodyBytes = c.maxBodyBytes;
      maxResults = c.maxResults;
      queryScanLimit = c.queryScanLimit;
      identityProviderCacheTtl = c.identityProviderCacheTtl;
      jwksMinRefreshInterval = c.jwksMinRefreshInterval;
      skovikConnectTimeout = c.skovikConnectTimeout;
      skovikCallTimeout = c.skovikCallTimeout;
      skovikRetryBudget = c.skovikRetryBudget;
      requestBudget = c.requestBudget;
      branchCacheTtl = c.branchCacheTtl;
      branchCacheNegativeTtl = c.branchCacheNegativeTtl;
      demoEmulatorPort = c.demoEmulatorPort;
    }

    Copy httpPort(int port) {
      httpPort = port;
      return this;
    }

    Copy apiUrl(URI url) {
      skovikApiUrl = Optional.of(url);
      return this;
    }

    Copy serviceKey(String key) {
      skovikServiceKey = key;
      return this;
    }

    Copy issuer(String issuer) {
      scimTokenIssuer = issuer;
      return this;
    }

    Copy publicBaseUrl(URI url) {
      publicBaseUrl = Optional.of(url);
      return this;
    }

    Copy maxBodyBytes(long bytes) {
      maxBodyBytes = bytes;
      return this;
    }

    Copy queryLimits(int results, int scanLimit) {
      maxResults = results;
      queryScanLimit = scanLimit;
      return this;
    }

    Copy identityProviderCacheTtl(Duration ttl) {
      identityProviderCacheTtl = ttl;
      return this;
    }

    Copy upstreamTiming(Duration callTimeout, Duration retryBudget) {
      skovikCallTimeout = callTimeout;
      skovikRetryBudget = retryBudget;
      return this;
    }

    Copy requestBudget(Duration budget) {
      requestBudget = budget;
      return this;
    }

    GatewayConfig build() {
      return new GatewayConfig(httpPort, skovikApiUrl, skovikServiceKey, scimTokenIssuer,
          publicBaseUrl, maxBodyBytes, maxResults, queryScanLimit, identityProviderCacheTtl,
          jwksMinRefreshInterval, skovikConnectTimeout, skovikCallTimeout, skovikRetryBudget,
          requestBudget, branchCacheTtl, branchCacheNegativeTtl, demoEmulatorPort);
    }
  }
}
