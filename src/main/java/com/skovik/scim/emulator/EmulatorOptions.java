package com.skovik.scim.emulator;

import java.time.Clock;
import java.util.Objects;

/**
 * How to run the emulator.
 *
 * @param host interface to listen on, {@code 127.0.0.1} by default
 * @param port port to listen on; 0 picks a free one
 * @param serviceKey the key the gateway must send as {@code Authorization: Bearer <key>}
 * @param issuer the {@code iss} of minted SCIM tokens
 * @param rateLimitPerSecond calls per second and company before {@code 429}; 0 turns the limit off
 * @param clock source of timestamps and token {@code iat}; tests may pass a fixed or stepping clock
 */
public record EmulatorOptions(String host, int port, String serviceKey, String issuer, int rateLimitPerSecond,
    Clock clock) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final String DEFAULT_ISSUER = "https://skovik.example/scim-issuer";
  /** The limit the real product applies, for callers that want it: {@code withRateLimitPerSecond(PRODUCT_RATE_LIMIT)}. */
  public static final int PRODUCT_RATE_LIMIT = 100;

  public EmulatorOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(clock, "clock");
    if (serviceKey == null || serviceKey.isBlank()) {
      throw new IllegalArgumentException("serviceKey must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (rateLimitPerSecond < 0) {
      throw new IllegalArgumentException("rateLimitPerSecond must be 0 (off) or more, was " + rateLimitPerSecond);
    }
  }

  /** 127.0.0.1, a random port, a random service key, the default issuer, no rate limit, the UTC system clock. */
  public static EmulatorOptions defaults() {
    return new EmulatorOptions(DEFAULT_HOST, 0, "svc_" + OpaqueIds.secretBase62(32), DEFAULT_ISSUER, 0,
        Clock.systemUTC());
  }

  public EmulatorOptions withHost(String newHost) {
    return new EmulatorOptions(newHost, port, serviceKey, issuer, rateLimitPerSecond, clock);
  }

  public EmulatorOptions withPort(int newPort) {
    return new EmulatorOptions(host, newPort, serviceKey, issuer, rateLimitPerSecond, clock);
  }

  public EmulatorOptions withServiceKey(String newServiceKey) {
    return new EmulatorOptions(host, port, newServiceKey, issuer, rateLimitPerSecond, clock);
  }

  public EmulatorOptions withIssuer(String newIssuer) {
    return new EmulatorOptions(host, port, serviceKey, newIssuer, rateLimitPerSecond, clock);
  }

  public EmulatorOptions withRateLimitPerSecond(int callsPerSecond) {
    return new EmulatorOptions(host, port, serviceKey, issuer, callsPerSecond, clock);
  }

  public EmulatorOptions withClock(Clock newClock) {
    return new EmulatorOptions(host, port, serviceKey, issuer, rateLimitPerSecond, newClock);
  }
}
