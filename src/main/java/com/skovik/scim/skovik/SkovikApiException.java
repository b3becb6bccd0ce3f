package com.skovik.scim.skovik;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A decided non-2xx answer of the Skovik API (4xx, and any 5xx the client did not turn into
 * a {@link SkovikUnavailableException}). Carries the status, the error code and its details.
 *
 * <p>Nothing here is meant for SCIM clients: {@link #getMessage()} names the operation,
 * status and code only, and the API's own human-readable text (which may quote personal
 * data) is kept apart in {@link #upstreamMessage()} for debugging. Stackless: it is an
 * expected outcome, not a bug.
 */
public final class SkovikApiException extends RuntimeException {

  public static final String BAD_REQUEST = "bad_request";
  public static final String UNAUTHORIZED = "unauthorized";
  public static final String NOT_FOUND = "not_found";
  public static final String EMAIL_TAKEN = "email_taken";
  public static final String EMPLOYEE_ARCHIVED = "employee_archived";
  public static final String VERSION_MISMATCH = "version_mismatch";
  public static final String VALIDATION_FAILED = "validation_failed";
  public static final String RATE_LIMITED = "rate_limited";
  /** The body was not the contract's error document. */
  public static final String UNKNOWN = "unknown";

  private final int status;
  private final String code;
  private final transient ObjectNode details;
  private final String upstreamMessage;
  private final Long retryAfterSeconds;

  public SkovikApiException(String operation, int status, String code, JsonNode details,
      String upstreamMessage, Long retryAfterSeconds) {
    super("Skovik API answered " + status + " " + code + " to " + operation, null, false, false);
    this.status = status;
    this.code = code == null ? UNKNOWN : code;
    this.details = details instanceof ObjectNode object
        ? object.deepCopy()
        : JsonNodeFactory.instance.objectNode();
    this.upstreamMessage = upstreamMessage;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public int status() {
    return status;
  }

  /** The API's error code, e.g. {@link #EMAIL_TAKEN}; {@link #UNKNOWN} when the body had none. */
  public String code() {
    return code;
  }

  public boolean hasCode(String expected) {
    return code.equals(expected);
  }

  /** {@code error.details} (an empty object when absent); a copy. */
  public ObjectNode details() {
    return details.deepCopy();
  }

  /**
   * One member of {@code details} as text: {@code detail("employee_id")} for
   * {@code email_taken}, {@code detail("current_version")} for {@code version_mismatch},
   * {@code detail("branch_id")} → {@code "branch_not_found"} for {@code validation_failed}.
   */
  public Optional<String> detail(String name) {
    JsonNode value = details.get(name);
    return value == null || value.isNull() || value.isContainerNode()
        ? Optional.empty()
        : Optional.of(value.asText());
  }

  /** The API's {@code error.message}; may hold personal data, so for debugging only. */
  public String upstreamMessage() {
    return upstreamMessage;
  }

  /** {@code Retry-After} in whole seconds (an HTTP-date converted), or null when absent. */
  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
