package com.skovik.scim.skovik;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
final class RetryAfter {

  private RetryAfter() {}

  /** Whole seconds to wait (an HTTP-date in the past gives 0), or null when absent or invalid. */
  static Long seconds(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    if (value.chars().allMatch(Character::isDigit)) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException tooLarge) {
        return null;
      }
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      if (wait.isNegative()) {
        return 0L;
      }
      return wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
