package com.skovik.scim.scim;

import java.util.Objects;
import java.util.Optional;

/**
 * A SCIM protocol error (RFC 7644 §3.12): the status, the optional {@code scimType} keyword and a
 * detail written for the identity provider's administrator. Client errors carry no stack trace:
 * they are answers, not bugs, and are thrown on hot paths such as filter parsing.
 */
public final class ScimException extends RuntimeException {

  private final int status;
  private final String scimType;

  private ScimException(int status, String scimType, String detail, boolean withStackTrace) {
    super(Objects.requireNonNull(detail, "detail"), null, false, withStackTrace);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    this.status = status;
    this.scimType = scimType;
  }

  public static ScimException of(int status, String scimType, String detail) {
    return new ScimException(status, scimType, detail, status >= 500);
  }

  public int status() {
    return status;
  }

  public Optional<String> scimType() {
    return Optional.ofNullable(scimType);
  }

  public String detail() {
    return getMessage();
  }

  // 400 family, named after the RFC 7644 §3.12 scimType keywords.
  public static ScimException invalidFilter(String detail) {
    return of(400, "invalidFilter", detail);
  }

  public static ScimException tooMany(String detail) {
    return of(400, "tooMany", detail);
  }

  public static ScimException invalidSyntax(String detail) {
    return of(400, "invalidSyntax", detail);
  }

  public static ScimException invalidPath(String detail) {
    return of(400, "invalidPath", detail);
  }

  public static ScimException noTarget(String detail) {
    return of(400, "noTarget", detail);
  }

  public static ScimException invalidValue(String detail) {
    return of(400, "invalidValue", detail);
  }

  public static ScimException mutability(String detail) {
    return of(400, "mutability", detail);
  }

  public static ScimException uniqueness(String detail) {
    return of(409, "uniqueness", detail);
  }

  public static ScimException badRequest(String detail) {
    return of(400, null, detail);
  }

  public static ScimException unauthorized(String detail) {
    return of(401, null, detail);
  }

  public static ScimException forbidden(String detail) {
    return of(403, null, detail);
  }

  public static ScimException notFound(String detail) {
    return of(404, null, detail);
  }

  public static ScimException methodNotAllowed(String detail) {
    return of(405, null, detail);
  }

  public static ScimException preconditionFailed(String detail) {
    return of(412, null, detail);
  }

  public static ScimException payloadTooLarge(String detail) {
    return of(413, null, detail);
  }

  public static ScimException unsupportedMediaType(String detail) {
    return of(415, null, detail);
  }

  public static ScimException tooManyRequests(String detail) {
    return of(429, null, detail);
  }

  public static ScimException internal(String detail) {
    return of(500, null, detail);
  }

  public static ScimException badGateway(String detail) {
    return of(502, null, detail);
  }

  public static ScimException serviceUnavailable(String detail) {
    return of(503, null, detail);
  }

  public static ScimException gatewayTimeout(String detail) {
    return of(504, null, detail);
  }

  @Override
  public String toString() {
    return "ScimException{" + status + (scimType == null ? "" : " " + scimType) + ": " + getMessage() + "}";
  }
}
