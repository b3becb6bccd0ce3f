package com.skovik.scim.skovik;

import com.skovik.scim.skovik.SkovikUnavailableException.Kind;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.ConnectException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an {@link UpstreamCall}: one attempt with the per-call timeout, then — for retriable
 * calls that met a connection failure, a timeout or a 502/503/504 — retries with jittered
 * backoff while a whole further attempt still fits in the retry budget. Any other answer,
 * whatever its status, is handed back as it came.
 */
final class UpstreamTransport {

  /**
   * The answer that ended the call; {@code earlierOutcomeUnknown} when an earlier failed
   * attempt may have taken effect.
   */
  record Answer(HttpResponse<Buffer> response, int attempts, boolean earlierOutcomeUnknown) {
    int status() {
      return response.statusCode();
    }
  }

  private record FailedAttempt(Kind kind, Integer status, boolean outcomeUnknown, Throwable cause) {}

  private static final Logger LOG = LoggerFactory.getLogger(UpstreamTransport.class);
  private static final long MIN_ATTEMPT_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final Vertx vertx;
  private final WebClient web;
  private final SkovikClientOptions options;
  private final Backoff backoff;
  private final String apiRoot;
  private final long callTimeoutMillis;

  UpstreamTransport(Vertx vertx, WebClient web, SkovikClientOptions options, Backoff backoff) {
    this.vertx = vertx;
    this.web = web;
    this.options = options;
    this.backoff = backoff;
    this.apiRoot = options.apiRoot();
    this.callTimeoutMillis = options.callTimeout().toMillis();
  }

  Future<Answer> send(CallContext ctx, UpstreamCall call) {
    // A call's retries end at its own budget or at the SCIM request's deadline, whichever
    // comes first: identity providers give up on the whole request, not on one call.
    long deadline = System.nanoTime() + Math.min(options.retryBudget().toNanos(), ctx.remainingNanos());
    if (deadline - System.nanoTime() < MIN_ATTEMPT_NANOS) {
      // Too late to send: a write sent now would likely land while we answer "timed out".
      return Future.failedFuture(new SkovikUnavailableException(
          call.operation(), Kind.TIMEOUT, 0, null, null));
    }
    return attempt(ctx, call, deadline, 1, false);
  }

  private Future<Answer> attempt(CallContext ctx, UpstreamCall call, long deadline, int attempt,
      boolean outcomeUnknown) {
    return sendOnce(ctx, call, deadline).transform((response, error) -> {
      FailedAttempt failure = classify(response, error);
      if (failure == null) {
        return Future.succeededFuture(new Answer(response, attempt, outcomeUnknown));
      }
      long delay = backoff.delayMillis(attempt);
      if (!call.retriable() || !fitsBudget(deadline, delay)) {
        return Future.failedFuture(new SkovikUnavailableException(
            call.operation(), failure.kind(), attempt, failure.status(), failure.cause()));
      }
      LOG.debug("[{} {}] {} attempt {} failed ({}{}); retrying in {} ms", ctx.requestId(),
          ctx.tenant(), call.operation(), attempt, failure.kind(),
          failure.status() == null ? "" : " " + failure.status(), delay);
      boolean unknown = outcomeUnknown || failure.outcomeUnknown();
      return vertx.timer(Math.max(1, delay))
          .compose(fired -> attempt(ctx, call, deadline, attempt + 1, unknown));
    });
  }

  private Future<HttpResponse<Buffer>> sendOnce(CallContext ctx, UpstreamCall call, long deadline) {
    long timeoutMillis = Math.max(1, Math.min(callTimeoutMillis,
        TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    HttpRequest<Buffer> request = web.requestAbs(call.method(), apiRoot + call.pathAndQuery())
        .bearerTokenAuthentication(options.serviceKey())
        .putHeader("X-Request-Id", ctx.requestId())
        .putHeader("Accept", "application/json")
        .idleTimeout(timeoutMillis);
    call.headers().forEach(request::putHeader);
    Future<HttpResponse<Buffer>> sent = call.body() == null
        ? request.send()
        : request.putHeader("Content-Type", "application/json").sendBuffer(call.body());
    return sent.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  private boolean fitsBudget(long deadline, long delayMillis) {
    long finish = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis + callTimeoutMillis);
    return finish - deadline <= 0;
  }

  /** Null for an answer to hand back; a failure for what may be retried. */
  private static FailedAttempt classify(HttpResponse<Buffer> response, Throwable error) {
    if (error == null) {
      return switch (response.statusCode()) {
        case 502 -> new FailedAttempt(Kind.BAD_GATEWAY, 502, true, null);
        case 503 -> new FailedAttempt(Kind.UNAVAILABLE, 503, true, null);
        case 504 -> new FailedAttempt(Kind.GATEWAY_TIMEOUT, 504, true, null);
        default -> null;
      };
    }
    if (error instanceof TimeoutException) {
      return new FailedAttempt(Kind.TIMEOUT, null, true, error);
    }
    // A refused or timed-out connect never sent the request; anything later might have.
    return new FailedAttempt(Kind.CONNECTION, null, !(error instanceof ConnectException), error);
  }
}
