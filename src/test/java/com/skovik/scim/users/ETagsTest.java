package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skovik.scim.scim.ScimException;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ETagsTest {

  @Test
  void a_version_is_written_as_a_weak_entity_tag() {
    assertThat(ETags.of(4)).isEqualTo("W/\"4\"");
    assertThat(ETags.of(1_234_567)).isEqualTo("W/\"1234567\"");
  }

  @ParameterizedTest(name = "If-Match: [{0}]")
  @ValueSource(strings = {"W/\"4\"", "\"4\"", "  W/\"4\"  ", "\"04\""})
  void the_weak_and_the_strong_form_name_the_same_version(String header) {
    assertThat(ETags.ifMatch(header)).hasValue(4);
  }

  @ParameterizedTest(name = "If-Match: [{0}]")
  @ValueSource(strings = {"*", " * ", "", "   "})
  void any_version_and_no_header_ask_for_nothing(String header) {
    assertThat(ETags.ifMatch(header)).isEqualTo(OptionalLong.empty());
  }

  @Test
  void no_header_asks_for_nothing() {
    assertThat(ETags.ifMatch(null)).isEmpty();
  }

  @ParameterizedTest(name = "If-Match: [{0}]")
  @ValueSource(strings = {"4", "W/4", "w/\"4\"", "\"four\"", "\"3\", \"4\"", "W/\"\"",
      "\"1234567890123456789\""})
  void anything_else_is_a_plain_400(String header) {
    assertThatThrownBy(() -> ETags.ifMatch(header))
        .isInstanceOfSatisfying(ScimException.class, error -> {
          assertThat(error.status()).isEqualTo(400);
          assertThat(error.scimType()).isEmpty();
          assertThat(error.detail()).contains("If-Match");
        });
  }
}
