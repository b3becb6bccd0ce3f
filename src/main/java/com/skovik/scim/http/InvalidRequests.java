package com.skovik.scim.http;

import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;

/**
 * Requests the HTTP decoder refuses before any route sees them — a URL or headers over the
 * server's limits, a malformed request line — answered as SCIM errors like every other error,
 * instead of the server's bare status line. The server closes the connection afterwards.
 */
public final class InvalidRequests implements Handler<HttpServerRequest> {

  @Override
  public void handle(HttpServerRequest request) {
    ScimException error = errorFor(request.decoderResult().cause());
    // The request's own headers may not have been read: the id is always a fresh one.
    request.response()
        .setStatusCode(error.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, ScimResponses.CONTENT_TYPE)
        .putHeader(RequestIds.HEADER, UUID.randomUUID().toString())
        .end(Buffer.buffer(ScimJson.write(ScimFailureHandler.body(error))));
  }

  private static ScimException errorFor(Throwable cause) {
    if (cause instanceof TooLongHttpLineException) {
      return ScimException.of(414, null, "The request URL is longer than the gateway accepts; "
          + "send long queries as POST /Users/.search.");
    }
    if (cause instanceof TooLongHttpHeaderException) {
      return ScimException.of(431, null, "The request headers are larger than the gateway accepts.");
    }
    return ScimException.badRequest("The request is not valid HTTP.");
  }
}
