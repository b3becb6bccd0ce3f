package com.skovik.scim.skovik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpstreamPathTest {

  @Test
  void segments_keep_unreserved_characters_and_encode_everything_else() {
    assertThat(UpstreamPath.of("companies", "cmp_acme-1.x~", "employees", "a/b c?d#e%f"))
        .isEqualTo("/companies/cmp_acme-1.x~/employees/a%2Fb%20c%3Fd%23e%25f");
  }

  @Test
  void non_ascii_is_encoded_as_utf_8() {
    assertThat(UpstreamPath.of("Tromsø")).isEqualTo("/Troms%C3%B8");
  }

  @Test
  void a_plus_in_a_query_value_stays_a_plus() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("email", "ada+scim@example.com");
    params.put("external_identifier", "a b&c=d");

    assertThat(UpstreamPath.withQuery("/x", params))
        .isEqualTo("/x?email=ada%2Bscim%40example.com&external_identifier=a%20b%26c%3Dd");
  }

  @Test
  void no_parameters_means_no_question_mark() {
    assertThat(UpstreamPath.withQuery("/x", Map.of())).isEqualTo("/x");
  }

  @Test
  void blank_and_dot_segments_are_rejected_so_an_id_cannot_change_the_path() {
    assertThatThrownBy(() -> UpstreamPath.of("employees", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UpstreamPath.of("employees", " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UpstreamPath.of("employees", "..")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UpstreamPath.of("employees", ".")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UpstreamPath.of("employees", null)).isInstanceOf(NullPointerException.class);
  }
}
