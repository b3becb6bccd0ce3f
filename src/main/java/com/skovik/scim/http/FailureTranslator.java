package com.skovik.scim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.skovik.SkovikApiException;
import com.skovik.scim.skovik.SkovikUnavailableException;
import io.vertx.core.json.DecodeException;
import io.vertx.ext.web.handler.HttpException;

/**
 * Turns any failure into the SCIM error a client sees. Details are written here, never copied
 * from an exception message that could hold an upstream body or a stack frame.
 */
final class FailureTranslator {

  private FailureTranslator() {}

  static ScimException translate(Throwable failure, int statusCode) {
    if (failure instanceof ScimException scim) {
      return scim;
    }
    if (failure instanceof HttpException http) {
      return forStatus(http.getStatusCode());
    }
    if (failure instanceof DecodeException || failure instanceof JsonProcessingException) {
      return ScimException.invalidSyntax("The request body is not valid JSON.");
    }
    if (failure instanceof SkovikUnavailableException unavailable) {
      return switch (unavailable.kind()) {
        case TIMEOUT, GATEWAY_TIMEOUT -> ScimException.gatewayTimeout(
            "Skovik did not answer in time. Retry later; if the request was a change, it may or may not have been made.");
        case CONNECTION, UNAVAILABLE -> ScimException.serviceUnavailable(
            "Skovik is unavailable at the moment. Retry later.");
        case BAD_GATEWAY -> ScimException.badGateway("Skovik failed to answer the request. Retry later.");
      };
    }
    if (failure instanceof SkovikApiException api) {
      return switch (api.status()) {
        case 404 -> ScimException.notFound("The resource does not exist.");
        case 429 -> ScimException.tooManyRequests(
            "Too many requests for this company in Skovik; retry after the time in Retry-After.");
        default -> ScimException.badGateway("Skovik answered the request with an unexpected error.");
      };
    }
    if (statusCode >= 400 && statusCode < 500) {
      // A refusal by the router or a vertx-web handler may carry a cause of its own: the status
      // is what the client needs, the cause stays internal.
      return forStatus(statusCode);
    }
    if (failure == null && statusCode >= 500) {
      return forStatus(statusCode);
    }
    return ScimException.internal("The gateway failed to process the request. "
        + "Quote the X-Request-Id when you report it.");
  }

  private static ScimException forStatus(int status) {
    return switch (status) {
      case 400 -> ScimException.badRequest("The request is malformed.");
      case 401 -> ScimException.unauthorized("A valid SCIM bearer token is required.");
      case 403 -> ScimException.forbidden("This token may not perform the request.");
      case 404 -> ScimException.notFound("No such endpoint. The Skovik SCIM gateway serves "
          + "/Users, /ServiceProviderConfig, /Schemas and /ResourceTypes under /scim/v2.");
      case 405 -> ScimException.methodNotAllowed("The method is not allowed on this endpoint.");
      case 413 -> ScimException.payloadTooLarge("The request body is larger than the gateway accepts.");
      case 415 -> ScimException.unsupportedMediaType(
          "Send application/scim+json or application/json.");
      default -> status >= 400 && status < 600 && status != 500
          ? ScimException.of(status, null, "The request failed.")
          : ScimException.internal("The gateway failed to process the request. "
              + "Quote the X-Request-Id when you report it.");
    };
  }
}
