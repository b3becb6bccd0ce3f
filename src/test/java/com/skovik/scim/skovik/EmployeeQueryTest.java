package com.skovik.scim.skovik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmployeeQueryTest {

  @Test
  void a_query_without_filters_asks_for_the_first_page_of_fifty() {
    assertThat(EmployeeQuery.builder().build().toQueryParameters())
        .containsExactly(Map.entry("offset", "0"), Map.entry("limit", "50"));
  }

  @Test
  void every_filter_becomes_a_parameter_in_the_contract_order() {
    EmployeeQuery query = EmployeeQuery.builder()
        .limit(200).offset(400)
        .sort(EmployeeSort.LAST_NAME_DESC)
        .createdAfter(Instant.parse("2026-01-01T00:00:00Z"))
        .updatedAfter(Instant.parse("2026-02-01T00:00:00.123Z"))
        .superiorId("emp_1").branchId("br_1").status(EmployeeStatus.ARCHIVED)
        .externalId("ext").email("a@b.c").ids(List.of("emp_1", "emp_2"))
        .build();

    assertThat(query.toQueryParameters()).containsExactly(
        Map.entry("ids", "emp_1,emp_2"),
        Map.entry("email", "a@b.c"),
        Map.entry("external_id", "ext"),
        Map.entry("status", "archived"),
        Map.entry("branch_id", "br_1"),
        Map.entry("superior_id", "emp_1"),
        Map.entry("updated_after", "2026-02-01T00:00:00.123Z"),
        Map.entry("created_after", "2026-01-01T00:00:00Z"),
        Map.entry("sort", "-last_name"),
        Map.entry("offset", "400"),
        Map.entry("limit", "200"));
  }

  @Test
  void the_sort_values_are_the_ten_the_contract_allows() {
    assertThat(List.of(EmployeeSort.values())).extracting(EmployeeSort::wireValue).containsExactly(
        "created_at", "-created_at", "updated_at", "-updated_at", "email", "-email",
        "first_name", "-first_name", "last_name", "-last_name");
  }

  @Test
  void limit_must_be_between_one_and_two_hundred() {
    assertThatThrownBy(() -> EmployeeQuery.builder().limit(0).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmployeeQuery.builder().limit(201).build()).isInstanceOf(IllegalArgumentException.class);
    assertThat(EmployeeQuery.builder().limit(1).build().limit()).isEqualTo(1);
  }

  @Test
  void offset_cannot_be_negative() {
    assertThatThrownBy(() -> EmployeeQuery.builder().offset(-1).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void at_most_two_hundred_ids_can_be_asked_for() {
    List<String> ids = IntStream.rangeClosed(1, 201).mapToObj(i -> "emp_" + i).toList();

    assertThat(EmployeeQuery.builder().ids(ids.subList(0, 200)).build().ids()).hasSize(200);
    assertThatThrownBy(() -> EmployeeQuery.builder().ids(ids).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_empty_id_list_or_an_id_with_a_comma_is_rejected() {
    assertThatThrownBy(() -> EmployeeQuery.builder().ids(Collections.emptyList()).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmployeeQuery.builder().ids(List.of("a,b")).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
