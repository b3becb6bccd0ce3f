package com.skovik.scim.emulator;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A non-2xx answer of the Skovik API, thrown by the emulator's handlers and rendered by
 * its failure handler as {@code {"error":{"code","message","details"}}}. Stackless: it is
 * an answer, not a bug.
 */
final class ApiError extends RuntimeException {

  private final int status;
  private final String code;
  private final JsonObject details;
  private final OptionalLong retryAfterSeconds;

  private ApiError(int status, String code, String message, JsonObject details, OptionalLong retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  private static ApiError of(int status, String code, String message, JsonObject details) {
    return new ApiError(status, code, message, details, OptionalLong.empty());
  }

  static ApiError badRequest(String message) {
    return of(400, "bad_request", message, new JsonObject());
  }

  static ApiError unauthorized() {
    return of(401, "unauthorized", "service key missing or wrong", new JsonObject());
  }

  static ApiError notFound(String what) {
    return of(404, "not_found", what + " not found", new JsonObject());
  }

  static ApiError emailTaken(String holderId) {
    return of(409, "email_taken", "another employee of the company has this email",
        new JsonObject().put("employee_id", holderId));
  }

  static ApiError employeeArchived(String employeeId) {
    return of(409, "employee_archived", "employee " + employeeId + " is archived and cannot be changed",
        new JsonObject());
  }

  static ApiError versionMismatch(int currentVersion) {
    return of(412, "version_mismatch", "the employee has changed since the version named in If-Match",
        new JsonObject().put("current_version", currentVersion));
  }

  static ApiError validationFailed(Map<String, String> reasonByField) {
    return of(422, "validation_failed", "some fields are invalid", new JsonObject(Map.copyOf(reasonByField)));
  }

  static ApiError validationFailed(String field, String reason) {
    return validationFailed(Map.of(field, reason));
  }

  static ApiError rateLimited(long retryAfterSeconds) {
    return new ApiError(429, "rate_limited", "too many calls for this company", new JsonObject(),
        OptionalLong.of(retryAfterSeconds));
  }

  static ApiError internal() {
    return of(500, "internal", "the emulator failed unexpectedly", new JsonObject());
  }

  /** An error for a status that vertx-web produced itself (unknown route, body too large). */
  static ApiError fromStatus(int status) {
    return switch (status) {
      case 401 -> unauthorized();
      case 404 -> notFound("resource");
      case 413 -> of(413, "bad_request", "request body too large", new JsonObject());
      default -> status >= 400 && status < 500 ? of(status, "bad_request", "bad request", new JsonObject())
          : internal();
    };
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  OptionalLong retryAfterSeconds() {
    return retryAfterSeconds;
  }

  JsonObject body() {
    return new JsonObject().put("error", new JsonObject()
        .put("code", code)
        .put("message", getMessage())
        .put("details", details.copy()));
  }
}
