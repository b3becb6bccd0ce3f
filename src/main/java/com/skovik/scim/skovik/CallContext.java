package com.skovik.scim.skovik;

import java.time.Duration;
import java.util.Objects;

/**
 * What every upstream call carries besides its arguments: the id of the SCIM request that
 * caused it (sent as {@code X-Request-Id}), for logs only a tenant label, and the deadline of
 * the whole SCIM request, which no call or retry may run past.
 *
 * @param requestId the request id, sent on every upstream call; never blank
 * @param tenant a label for log lines (for example the company id), or {@code null}
 * @param deadlineNanos {@link System#nanoTime()} by which the SCIM request must be answered;
 *     {@link Long#MAX_VALUE} for none
 */
public record CallContext(String requestId, String tenant, long deadlineNanos) {

  private static final long NO_DEADLINE = Long.MAX_VALUE;

  public CallContext {
    Objects.requireNonNull(requestId, "requestId");
    if (requestId.isBlank() || requestId.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("requestId must be non-blank printable text");
    }
  }

  public CallContext(String requestId, String tenant) {
    this(requestId, tenant, NO_DEADLINE);
  }

  public CallContext(String requestId) {
    this(requestId, null, NO_DEADLINE);
  }

  /** A context for a request that must be answered within {@code budget} from now. */
  public static CallContext withBudget(String requestId, Duration budget) {
    return new CallContext(requestId, null, System.nanoTime() + budget.toNanos());
  }

  public CallContext withTenant(String label) {
    return new CallContext(requestId, label, deadlineNanos);
  }

  /** Nanoseconds left before the deadline (negative once past); huge when there is none. */
  public long remainingNanos() {
    return deadlineNanos == NO_DEADLINE ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
  }
}
