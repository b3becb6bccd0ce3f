package com.skovik.scim.skovik;

import java.util.Objects;

/**
 * What every upstream call carries besides its arguments: the id of the SCIM request that
 * caused it (sent as {@code X-Request-Id}) and, for logs only, a tenant label.
 *
 * @param requestId the request id, sent on every upstream call; never blank
 * @param tenant a label for log lines (for example the company id), or {@code null}
 */
public record CallContext(String requestId, String tenant) {

  public CallContext {
    Objects.requireNonNull(requestId, "requestId");
    if (requestId.isBlank() || requestId.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("requestId must be non-blank printable text");
    }
  }

  public CallContext(String requestId) {
    this(requestId, null);
  }
}
