package com.skovik.scim.emulator;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The product's per-company limit: at most N calls in each wall-clock second (by the
 * emulator's clock); beyond it {@code 429 rate_limited} with {@code Retry-After: 1}.
 * A limit of 0 turns it off.
 */
final class RateLimiter implements Handler<RoutingContext> {

  private record Window(long epochSecond, int calls) {}

  private final int callsPerSecond;
  private final Clock clock;
  private final Map<String, Window> windowByCompany = new HashMap<>();

  RateLimiter(int callsPerSecond, Clock clock) {
    this.callsPerSecond = callsPerSecond;
    this.clock = clock;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String companyId = ctx.pathParam("cid");
    if (callsPerSecond > 0 && companyId != null && !admit(companyId)) {
      throw ApiError.rateLimited(1);
    }
    ctx.next();
  }

  private synchronized boolean admit(String companyId) {
    long second = clock.millis() / 1000;
    Window window = windowByCompany.get(companyId);
    int calls = window != null && window.epochSecond() == second ? window.calls() + 1 : 1;
    windowByCompany.put(companyId, new Window(second, calls));
    return calls <= callsPerSecond;
  }
}
