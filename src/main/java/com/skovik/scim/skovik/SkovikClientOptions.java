package com.skovik.scim.skovik;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How the client reaches the Skovik API.
 *
 * @param baseUrl http(s) URL of the API without {@code /internal/v1}, e.g.
 *     {@code https://api.skovik.internal}; may carry a path prefix
 * @param serviceKey the gateway's own service key (never printed by {@link #toString()})
 * @param connectTimeout to open a TCP connection
 * @param callTimeout one attempt, from sending to the complete answer
 * @param retryBudget one logical call, every attempt and backoff included; a retry is only
 *     started when it can finish (backoff plus a full {@code callTimeout}) inside it. At
 *     least {@code callTimeout}.
 * @param backoffBase first backoff ceiling; doubles with each retry (full jitter)
 * @param backoffCap largest backoff ceiling
 * @param maxPoolSize HTTP/1.1 connections kept to the API
 */
public record SkovikClientOptions(
    URI baseUrl,
    String serviceKey,
    Duration connectTimeout,
    Duration callTimeout,
    Duration retryBudget,
    Duration backoffBase,
    Duration backoffCap,
    int maxPoolSize) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_RETRY_BUDGET = Duration.ofSeconds(20);
  public static final Duration DEFAULT_BACKOFF_BASE = Duration.ofMillis(100);
  public static final Duration DEFAULT_BACKOFF_CAP = Duration.ofSeconds(2);
  public static final int DEFAULT_MAX_POOL_SIZE = 32;

  public SkovikClientOptions {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + baseUrl);
    }
    if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
      throw new IllegalArgumentException("baseUrl cannot have a query or fragment");
    }
    if (baseUrl.getPath() != null && baseUrl.getPath().replaceAll("/+$", "").endsWith("/internal/v1")) {
      throw new IllegalArgumentException("baseUrl must not include /internal/v1, was " + baseUrl);
    }
    if (serviceKey == null || serviceKey.isBlank()) {
      throw new IllegalArgumentException("serviceKey is required");
    }
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(callTimeout, "callTimeout");
    requirePositive(retryBudget, "retryBudget");
    requirePositive(backoffBase, "backoffBase");
    requirePositive(backoffCap, "backoffCap");
    if (retryBudget.compareTo(callTimeout) < 0) {
      throw new IllegalArgumentException("retryBudget must be at least callTimeout");
    }
    if (backoffCap.compareTo(backoffBase) < 0) {
      throw new IllegalArgumentException("backoffCap must be at least backoffBase");
    }
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize must be at least 1");
    }
  }

  /** The defaults: 2 s connect, 10 s per call, 20 s budget, 100 ms → 2 s backoff, 32 connections. */
  public static SkovikClientOptions defaults(URI baseUrl, String serviceKey) {
    return new SkovikClientOptions(baseUrl, serviceKey, DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_CALL_TIMEOUT, DEFAULT_RETRY_BUDGET, DEFAULT_BACKOFF_BASE, DEFAULT_BACKOFF_CAP,
        DEFAULT_MAX_POOL_SIZE);
  }

  /** {@code baseUrl} + {@code /internal/v1}, without a trailing slash. */
  public String apiRoot() {
    String base = baseUrl.toString().replaceAll("/+$", "");
    return base + "/internal/v1";
  }

  @Override
  public String toString() {
    return "SkovikClientOptions[baseUrl=" + baseUrl + ", serviceKey=***, connectTimeout="
        + connectTimeout + ", callTimeout=" + callTimeout + ", retryBudget=" + retryBudget
        + ", backoffBase=" + backoffBase + ", backoffCap=" + backoffCap + ", maxPoolSize="
        + maxPoolSize + "]";
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
