package com.skovik.scim.skovik;

/**
 * The Skovik API gave no usable answer, after every retry the call allowed: the connection
 * failed, the call timed out, the API answered 5xx, or a 2xx body could not be decoded.
 * {@link Kind#gatewayStatus()} is the status the gateway should answer with.
 */
public final class SkovikUnavailableException extends RuntimeException {

  /** Why no answer came. */
  public enum Kind {
    /** The connection could not be made or broke: Skovik is unavailable. */
    CONNECTION(503),
    /** No answer within the per-call timeout. */
    TIMEOUT(504),
    /** 500, 502 or another 5xx, or a 2xx the client could not decode. */
    BAD_GATEWAY(502),
    /** 503. */
    UNAVAILABLE(503),
    /** 504. */
    GATEWAY_TIMEOUT(504);

    private final int gatewayStatus;

    Kind(int gatewayStatus) {
      this.gatewayStatus = gatewayStatus;
    }

    /** The HTTP status the gateway should answer its own client with. */
    public int gatewayStatus() {
      return gatewayStatus;
    }
  }

  private final Kind kind;
  private final int attempts;
  private final Integer lastStatus;

  public SkovikUnavailableException(String operation, Kind kind, int attempts, Integer lastStatus,
      Throwable cause) {
    super("Skovik API unavailable for " + operation + ": " + kind
        + (lastStatus == null ? "" : " (last status " + lastStatus + ")")
        + " after " + attempts + (attempts == 1 ? " attempt" : " attempts"), cause, false, false);
    this.kind = kind;
    this.attempts = attempts;
    this.lastStatus = lastStatus;
  }

  public Kind kind() {
    return kind;
  }

  /** How many requests were sent (1 when the call was not retried). */
  public int attempts() {
    return attempts;
  }

  /** The HTTP status of the last answer, or null when the last attempt got none. */
  public Integer lastStatus() {
    return lastStatus;
  }
}
