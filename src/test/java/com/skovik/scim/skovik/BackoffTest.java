package com.skovik.scim.skovik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static Backoff backoff(double jitter) {
    return new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), () -> jitter);
  }

  @Test
  void the_ceiling_doubles_with_each_retry_up_to_the_cap() {
    Backoff full = backoff(1.0);

    assertThat(full.delayMillis(1)).isEqualTo(100);
    assertThat(full.delayMillis(2)).isEqualTo(200);
    assertThat(full.delayMillis(3)).isEqualTo(400);
    assertThat(full.delayMillis(5)).isEqualTo(1600);
    assertThat(full.delayMillis(6)).isEqualTo(2000);
    assertThat(full.delayMillis(60)).isEqualTo(2000);
  }

  @Test
  void full_jitter_scales_the_ceiling_by_the_random_fraction() {
    assertThat(backoff(0.0).delayMillis(3)).isZero();
    assertThat(backoff(0.25).delayMillis(3)).isEqualTo(100);
    assertThat(backoff(0.5).delayMillis(10)).isEqualTo(1000);
  }

  @Test
  void a_random_source_out_of_range_is_clamped() {
    assertThat(backoff(7.0).delayMillis(1)).isEqualTo(100);
    assertThat(backoff(-1.0).delayMillis(1)).isZero();
  }
}
