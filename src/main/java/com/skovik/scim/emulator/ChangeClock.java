package com.skovik.scim.emulator;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Hands out the instant of each change: millisecond precision, and strictly later than
 * the previous one even when two changes fall in the same millisecond (or the clock is
 * fixed or goes backwards), so {@code updated_after} never misses a change.
 */
final class ChangeClock {

  private final Clock clock;
  private Instant last = Instant.EPOCH;

  ChangeClock(Clock clock) {
    this.clock = clock;
  }

  synchronized Instant nextChange() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    last = now.isAfter(last) ? now : last.plusMillis(1);
    return last;
  }

  Clock clock() {
    return clock;
  }
}
