package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.skovik.scim.skovik.Employee;
import com.skovik.scim.skovik.EmployeeStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The window of matches kept while streaming: in arrival order, or the best K for gateway sorting. */
class ListWindowTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Comparator<ListWindow.Candidate> ASCENDING = SortKeys.order(false);

  @Test
  void in_arrival_order_keeps_the_first_count_matches_and_counts_them_all() {
    ListWindow window = ListWindow.inArrivalOrder(1, 3);
    offerAll(window, "e1", "e2", "e3", "e4", "e5");

    assertThat(ids(window)).containsExactly("e1", "e2", "e3");
    assertThat(window.matches()).isEqualTo(5);
  }

  @Test
  void in_arrival_order_skips_to_the_start_index() {
    ListWindow window = ListWindow.inArrivalOrder(4, 2);
    offerAll(window, "e1", "e2", "e3", "e4", "e5", "e6");

    assertThat(ids(window)).containsExactly("e4", "e5");
  }

  @Test
  void in_arrival_order_window_at_the_end_is_short() {
    ListWindow window = ListWindow.inArrivalOrder(4, 10);
    offerAll(window, "e1", "e2", "e3", "e4", "e5");

    assertThat(ids(window)).containsExactly("e4", "e5");
  }

  @Test
  void a_start_index_past_the_end_keeps_nothing_but_counts_everything() {
    ListWindow inOrder = ListWindow.inArrivalOrder(6, 10);
    ListWindow sorted = ListWindow.sortedBy(ASCENDING, 6, 10);
    offerAll(inOrder, "e1", "e2", "e3", "e4", "e5");
    offerAll(sorted, "e1", "e2", "e3", "e4", "e5");

    assertThat(ids(inOrder)).isEmpty();
    assertThat(ids(sorted)).isEmpty();
    assertThat(inOrder.matches()).isEqualTo(5);
    assertThat(sorted.matches()).isEqualTo(5);
  }

  @Test
  void count_zero_keeps_nothing_but_counts_everything() {
    ListWindow inOrder = ListWindow.inArrivalOrder(1, 0);
    ListWindow sorted = ListWindow.sortedBy(ASCENDING, 3, 0);
    offerAll(inOrder, "e1", "e2", "e3");
    offerAll(sorted, "e1", "e2", "e3");

    assertThat(ids(inOrder)).isEmpty();
    assertThat(ids(sorted)).isEmpty();
    assertThat(sorted.matches()).isEqualTo(3);
  }

  @Test
  void nothing_offered_is_an_empty_window() {
    assertThat(ids(ListWindow.inArrivalOrder(1, 5))).isEmpty();
    assertThat(ids(ListWindow.sortedBy(ASCENDING, 1, 5))).isEmpty();
    assertThat(ListWindow.sortedBy(ASCENDING, 1, 5).matches()).isZero();
  }

  @Test
  void sorted_keeps_the_best_count_in_order_whatever_the_arrival_order() {
    ListWindow window = ListWindow.sortedBy(ASCENDING, 1, 3);
    window.offer(candidate("e1", "delta"));
    window.offer(candidate("e2", "alpha"));
    window.offer(candidate("e3", "echo"));
    window.offer(candidate("e4", "charlie"));
    window.offer(candidate("e5", "bravo"));

    assertThat(ids(window)).containsExactly("e2", "e5", "e4");
    assertThat(window.matches()).isEqualTo(5);
  }

  @Test
  void sorted_window_from_a_start_index() {
    ListWindow window = ListWindow.sortedBy(ASCENDING, 3, 2);
    window.offer(candidate("e1", "delta"));
    window.offer(candidate("e2", "alpha"));
    window.offer(candidate("e3", "echo"));
    window.offer(candidate("e4", "charlie"));
    window.offer(candidate("e5", "bravo"));

    assertThat(ids(window)).containsExactly("e4", "e1");
  }

  @Test
  void sorted_ties_are_broken_by_id_and_missing_values_come_last() {
    ListWindow window = ListWindow.sortedBy(ASCENDING, 1, 10);
    window.offer(candidate("e3", "same"));
    window.offer(candidate("e9", null));
    window.offer(candidate("e1", "same"));
    window.offer(candidate("e2", "first"));
    window.offer(candidate("e0", null));

    assertThat(ids(window)).containsExactly("e2", "e1", "e3", "e0", "e9");
  }

  @Test
  void a_window_needs_a_start_index_of_one_or_more_and_a_count_of_zero_or_more() {
    assertThatThrownBy(() -> ListWindow.inArrivalOrder(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ListWindow.sortedBy(ASCENDING, 1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_huge_start_index_does_not_reserve_memory_up_front() {
    ListWindow window = ListWindow.sortedBy(ASCENDING, Integer.MAX_VALUE, Integer.MAX_VALUE);
    offerAll(window, "e1", "e2");

    assertThat(ids(window)).isEmpty();
    assertThat(window.matches()).isEqualTo(2);
  }

  /** Top-K over any arrival order is the full sort's page. */
  @Property(tries = 300)
  void sorted_window_is_the_page_of_the_fully_sorted_matches(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 15) Integer> keys,
      @ForAll @IntRange(min = 1, max = 70) int startIndex,
      @ForAll @IntRange(min = 0, max = 70) int count,
      @ForAll boolean descending,
      @ForAll long seed) {
    List<ListWindow.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      // Key 0 stands for "no value", to mix missing values in.
      Object key = keys.get(i) == 0 ? null : new java.math.BigDecimal(keys.get(i));
      candidates.add(new ListWindow.Candidate(employee(String.format("e%03d", i)), key));
    }
    Comparator<ListWindow.Candidate> order = SortKeys.order(descending);
    List<String> expected = candidates.stream().sorted(order).skip(startIndex - 1L).limit(count)
        .map(c -> c.employee().id()).toList();

    Collections.shuffle(candidates, new Random(seed));
    ListWindow window = ListWindow.sortedBy(order, startIndex, count);
    candidates.forEach(window::offer);

    assertThat(ids(window)).isEqualTo(expected);
    assertThat(window.matches()).isEqualTo(keys.size());
  }

  /** In arrival order, the window is the sub-list at the start index. */
  @Property(tries = 200)
  void in_order_window_is_the_sub_list(
      @ForAll @IntRange(min = 0, max = 50) int size,
      @ForAll @IntRange(min = 1, max = 60) int startIndex,
      @ForAll @IntRange(min = 0, max = 60) int count) {
    List<String> all = new ArrayList<>();
    ListWindow window = ListWindow.inArrivalOrder(startIndex, count);
    for (int i = 0; i < size; i++) {
      all.add("e" + i);
      window.offer(new ListWindow.Candidate(employee("e" + i), null));
    }

    assertThat(ids(window)).isEqualTo(all.stream().skip(startIndex - 1L).limit(count).toList());
  }

  private static void offerAll(ListWindow window, String... ids) {
    for (String id : ids) {
      window.offer(candidate(id, id));
    }
  }

  private static ListWindow.Candidate candidate(String id, Object key) {
    return new ListWindow.Candidate(employee(id), key);
  }

  private static List<String> ids(ListWindow window) {
    return window.window().stream().map(Employee::id).toList();
  }

  private static Employee employee(String id) {
    return new Employee(id, id + "@example.com", "First", "Last", EmployeeStatus.ACTIVE, "br_1",
        null, null, Map.of(), T0, T0, 1);
  }
}
