package com.skovik.scim.emulator;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomFieldRulesTest {

  private static final CustomField TEXT = new CustomField("cf_t", "Text", CustomFieldType.TEXT, List.of());
  private static final CustomField NUMBER = new CustomField("cf_n", "Number", CustomFieldType.NUMBER, List.of());
  private static final CustomField BOOLEAN = new CustomField("cf_b", "Boolean", CustomFieldType.BOOLEAN, List.of());
  private static final CustomField DATE = new CustomField("cf_d", "Date", CustomFieldType.DATE, List.of());
  private static final CustomField SELECT =
      new CustomField("cf_s", "Select", CustomFieldType.SELECT, List.of("junior", "senior"));

  @Test
  void text_is_limited_to_1000_characters_counted_as_code_points() {
    assertThat(CustomFieldRules.accepts(TEXT, "x".repeat(1000))).isTrue();
    assertThat(CustomFieldRules.accepts(TEXT, "x".repeat(1001))).isFalse();
    assertThat(CustomFieldRules.accepts(TEXT, "😀".repeat(1000))).isTrue();
    assertThat(CustomFieldRules.accepts(TEXT, 12)).isFalse();
  }

  @Test
  void number_must_be_a_json_number() {
    assertThat(CustomFieldRules.accepts(NUMBER, 12)).isTrue();
    assertThat(CustomFieldRules.accepts(NUMBER, -0.5)).isTrue();
    assertThat(CustomFieldRules.accepts(NUMBER, "12")).isFalse();
    assertThat(CustomFieldRules.accepts(NUMBER, true)).isFalse();
  }

  @Test
  void boolean_must_be_a_json_boolean() {
    assertThat(CustomFieldRules.accepts(BOOLEAN, false)).isTrue();
    assertThat(CustomFieldRules.accepts(BOOLEAN, "false")).isFalse();
    assertThat(CustomFieldRules.accepts(BOOLEAN, 0)).isFalse();
  }

  @ParameterizedTest(name = "{0} is a date: {1}")
  @CsvSource({
      "2026-11-30, true",
      "2024-02-29, true",
      "2023-02-29, false",
      "2026-13-01, false",
      "2026-1-30, false",
      "30.11.2026, false",
      "2026-11-30T00:00:00Z, false",
      "+12026-11-30, false"})
  void date_must_be_a_real_calendar_date_written_yyyy_mm_dd(String value, boolean accepted) {
    assertThat(CustomFieldRules.accepts(DATE, value)).isEqualTo(accepted);
  }

  @Test
  void select_must_match_an_option_exactly() {
    assertThat(CustomFieldRules.accepts(SELECT, "senior")).isTrue();
    assertThat(CustomFieldRules.accepts(SELECT, "Senior")).isFalse();
    assertThat(CustomFieldRules.accepts(SELECT, " senior")).isFalse();
    assertThat(CustomFieldRules.accepts(SELECT, "lead")).isFalse();
  }

  @Test
  void numbers_get_one_representation_so_equal_values_compare_equal() {
    assertThat(CustomFieldRules.normalized(5)).isEqualTo(5L);
    assertThat(CustomFieldRules.normalized(5.0)).isEqualTo(5L);
    assertThat(CustomFieldRules.normalized(new BigDecimal("5.000"))).isEqualTo(5L);
    assertThat(CustomFieldRules.normalized(37.5)).isEqualTo(37.5);
    assertThat(CustomFieldRules.normalized(1e30)).isEqualTo(1e30);
    assertThat(CustomFieldRules.normalized("5")).isEqualTo("5");
  }
}
