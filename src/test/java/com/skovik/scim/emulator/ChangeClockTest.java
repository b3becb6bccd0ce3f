package com.skovik.scim.emulator;

import com.skovik.scim.support.AdjustableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeClockTest {

  @Test
  void changes_in_the_same_millisecond_get_distinct_increasing_instants() {
    ChangeClock changes = new ChangeClock(AdjustableClock.at("2026-11-30T08:15:02.123456Z"));
    assertThat(changes.nextChange()).isEqualTo(Instant.parse("2026-11-30T08:15:02.123Z"));
    assertThat(changes.nextChange()).isEqualTo(Instant.parse("2026-11-30T08:15:02.124Z"));
    assertThat(changes.nextChange()).isEqualTo(Instant.parse("2026-11-30T08:15:02.125Z"));
  }

  @Test
  void a_clock_that_moves_ahead_is_followed_and_one_that_goes_back_is_not() {
    AdjustableClock clock = AdjustableClock.at("2026-11-30T08:15:02.123Z");
    ChangeClock changes = new ChangeClock(clock);
    changes.nextChange();
    clock.advance(Duration.ofSeconds(10));
    assertThat(changes.nextChange()).isEqualTo(Instant.parse("2026-11-30T08:15:12.123Z"));
    clock.advance(Duration.ofSeconds(-60));
    assertThat(changes.nextChange()).isEqualTo(Instant.parse("2026-11-30T08:15:12.124Z"));
  }

  @Test
  void timestamps_are_written_in_utc_with_milliseconds() {
    assertThat(EmulatorJson.timestamp(Instant.parse("2026-12-01T10:00:00Z"))).isEqualTo("2026-12-01T10:00:00.000Z");
  }
}
