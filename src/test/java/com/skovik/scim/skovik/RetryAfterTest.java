package com.skovik.scim.skovik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00.250Z"), ZoneOffset.UTC);

  @Test
  void delay_seconds_are_read_as_they_are() {
    assertThat(RetryAfter.seconds("120", CLOCK)).isEqualTo(120L);
    assertThat(RetryAfter.seconds(" 0 ", CLOCK)).isZero();
  }

  @Test
  void an_http_date_becomes_the_seconds_until_it_rounded_up() {
    assertThat(RetryAfter.seconds("Tue, 01 Dec 2026 10:01:30 GMT", CLOCK)).isEqualTo(90L);
  }

  @Test
  void an_http_date_in_the_past_means_now() {
    assertThat(RetryAfter.seconds("Mon, 30 Nov 2026 10:00:00 GMT", CLOCK)).isZero();
  }

  @Test
  void an_absent_or_unreadable_header_is_null() {
    assertThat(RetryAfter.seconds(null, CLOCK)).isNull();
    assertThat(RetryAfter.seconds("", CLOCK)).isNull();
    assertThat(RetryAfter.seconds("soon", CLOCK)).isNull();
    assertThat(RetryAfter.seconds("-5", CLOCK)).isNull();
    assertThat(RetryAfter.seconds("99999999999999999999999", CLOCK)).isNull();
  }
}
