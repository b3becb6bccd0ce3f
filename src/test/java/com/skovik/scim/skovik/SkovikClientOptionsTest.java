package com.skovik.scim.skovik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SkovikClientOptionsTest {

  private static final URI BASE = URI.create("https://api.skovik.internal");

  @Test
  void defaults_keep_a_call_well_under_a_minute() {
    SkovikClientOptions options = SkovikClientOptions.defaults(BASE, "key");

    assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(options.callTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.retryBudget()).isEqualTo(Duration.ofSeconds(20));
    assertThat(options.backoffBase()).isEqualTo(Duration.ofMillis(100));
    assertThat(options.backoffCap()).isEqualTo(Duration.ofSeconds(2));
    assertThat(options.maxPoolSize()).isEqualTo(32);
  }

  @Test
  void the_api_root_adds_the_version_prefix_to_the_base_url() {
    assertThat(SkovikClientOptions.defaults(BASE, "k").apiRoot())
        .isEqualTo("https://api.skovik.internal/internal/v1");
    assertThat(SkovikClientOptions.defaults(URI.create("http://gw:8080/skovik/"), "k").apiRoot())
        .isEqualTo("http://gw:8080/skovik/internal/v1");
  }

  @Test
  void to_string_never_shows_the_service_key() {
    assertThat(SkovikClientOptions.defaults(BASE, "s3cr3t-key").toString())
        .doesNotContain("s3cr3t-key")
        .contains("serviceKey=***");
  }

  @Test
  void impossible_settings_are_rejected() {
    assertThatThrownBy(() -> SkovikClientOptions.defaults(URI.create("ftp://x"), "k"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SkovikClientOptions.defaults(URI.create("/relative"), "k"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SkovikClientOptions.defaults(URI.create("https://x/internal/v1"), "k"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/internal/v1");
    assertThatThrownBy(() -> SkovikClientOptions.defaults(BASE, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SkovikClientOptions(BASE, "k", Duration.ofSeconds(1),
        Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(2), 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retryBudget");
    assertThatThrownBy(() -> new SkovikClientOptions(BASE, "k", Duration.ZERO,
        Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofMillis(100), Duration.ofSeconds(2), 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SkovikClientOptions(BASE, "k", Duration.ofSeconds(1),
        Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofMillis(100), Duration.ofSeconds(2), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_call_context_rejects_a_request_id_that_could_break_a_header() {
    assertThatThrownBy(() -> new CallContext("abc\r\nX-Evil: 1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CallContext(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new CallContext("req-1").tenant()).isNull();
  }
}
