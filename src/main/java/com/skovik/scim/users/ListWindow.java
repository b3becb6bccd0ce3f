package com.skovik.scim.users;

import com.skovik.scim.skovik.Employee;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the matches that fall in the window a client asked for ({@code startIndex},
 * {@code count}) while the gateway streams over the upstream's pages, and counts every match for
 * {@code totalResults}. Memory is bounded by the window, whatever the tenant's size.
 */
abstract sealed class ListWindow {

  protected final int skip;
  protected final int count;
  private long matches;

  private ListWindow(int startIndex, int count) {
    if (startIndex < 1 || count < 0) {
      throw new IllegalArgumentException("startIndex must be 1 or more and count 0 or more");
    }
    this.skip = startIndex - 1;
    this.count = count;
  }

  /** Matches arrive in the final order: keep those whose position is in the window. */
  static ListWindow inArrivalOrder(int startIndex, int count) {
    return new InOrder(startIndex, count);
  }

  /** Matches arrive in any order: keep the best {@code startIndex - 1 + count} of them. */
  static ListWindow sortedBy(Comparator<Candidate> order, int startIndex, int count) {
    return new TopK(order, startIndex, count);
  }

  final void offer(Candidate candidate) {
    keep(candidate, matches);
    matches++;
  }

  final long matches() {
    return matches;
  }

  /** The employees of the window, in order. */
  abstract List<Employee> window();

  protected abstract void keep(Candidate candidate, long position);

  /** A matching employee with the value it sorts by (null when it has none). */
  record Candidate(Employee employee, Object sortKey) {}

  private static final class InOrder extends ListWindow {
    private final List<Employee> kept = new ArrayList<>();

    InOrder(int startIndex, int count) {
      super(startIndex, count);
    }

    @Override
    protected void keep(Candidate candidate, long position) {
      if (position >= skip && kept.size() < count) {
        kept.add(candidate.employee());
      }
    }

    @Override
    List<Employee> window() {
      return kept;
    }
  }

  private static final class TopK extends ListWindow {
    private final Comparator<Candidate> order;
    private final PriorityQueue<Candidate> best;
    private final int capacity;

    TopK(Comparator<Candidate> order, int startIndex, int count) {
      super(startIndex, count);
      this.order = order;
      // count 0 asks for totalResults only: nothing needs keeping, whatever startIndex says.
      this.capacity = count == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE - 1L, (long) startIndex - 1 + count);
      // The head is the worst kept candidate, evicted when a better one arrives.
      this.best = new PriorityQueue<>(Math.max(1, Math.min(capacity, 1_024)), order.reversed());
    }

    @Override
    protected void keep(Candidate candidate, long position) {
      if (capacity == 0) {
        return;
      }
      if (best.size() < capacity) {
        best.add(candidate);
      } else if (order.compare(candidate, best.peek()) < 0) {
        best.poll();
        best.add(candidate);
      }
    }

    @Override
    List<Employee> window() {
      List<Candidate> sorted = new ArrayList<>(best);
      sorted.sort(order);
      return sorted.stream().skip(skip).limit(count).map(Candidate::employee).toList();
    }
  }
}
