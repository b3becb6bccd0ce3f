package com.skovik.scim.skovik;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: before retry {@code n} (1-based) wait a random time in
 * {@code [0, min(cap, base × 2^(n-1))]}. The randomness is injected so tests are exact.
 */
final class Backoff {

  private final long baseMillis;
  private final long capMillis;
  private final DoubleSupplier jitter;

  /** @param jitter yields values in {@code [0, 1]} */
  Backoff(Duration base, Duration cap, DoubleSupplier jitter) {
    this.baseMillis = base.toMillis();
    this.capMillis = cap.toMillis();
    this.jitter = jitter;
  }

  /** The wait in milliseconds before retry number {@code retry} (1 for the first retry). */
  long delayMillis(int retry) {
    int doublings = Math.min(Math.max(retry - 1, 0), 30);
    long ceiling = Math.min(capMillis, baseMillis << doublings);
    if (ceiling < 0) {
      ceiling = capMillis;
    }
    double fraction = Math.min(1.0, Math.max(0.0, jitter.getAsDouble()));
    return Math.round(ceiling * fraction);
  }
}
