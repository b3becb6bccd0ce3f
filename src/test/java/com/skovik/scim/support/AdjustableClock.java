package com.skovik.scim.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it, so time-dependent behaviour needs no waiting. */
public final class AdjustableClock extends Clock {

  private volatile Instant now;

  public AdjustableClock(Instant start) {
    this.now = start;
  }

  /** Starts at the real time: for code that compares with timestamps made outside the clock. */
  public static AdjustableClock startingNow() {
    return new AdjustableClock(Instant.now());
  }

  public static AdjustableClock at(String instant) {
    return new AdjustableClock(Instant.parse(instant));
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
