package com.skovik.scim.emulator;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest extends EmulatorHttpTest {

  private static final int LIMIT = 3;

  @Override
  protected EmulatorOptions options() {
    return EmulatorOptions.defaults().withClock(clock).withRateLimitPerSecond(LIMIT);
  }

  /** Sends the calls one after another and answers their statuses in order. */
  private Future<List<HttpResponse<Buffer>>> sequentially(int calls, String path) {
    List<HttpResponse<Buffer>> responses = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (int i = 0; i < calls; i++) {
      chain = chain.compose(previous -> api.get(path).map(response -> {
        responses.add(response);
        return null;
      }));
    }
    return chain.map(done -> responses);
  }

  @Test
  void call_beyond_the_limit_in_one_second_is_rate_limited_with_retry_after(VertxTestContext testContext) {
    verifyThenComplete(testContext, sequentially(LIMIT + 1, TestTenant.EMPLOYEES), responses -> {
      assertThat(responses.subList(0, LIMIT)).allSatisfy(ok -> assertThat(ok.statusCode()).isEqualTo(200));
      HttpResponse<Buffer> limited = responses.get(LIMIT);
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.getHeader("Retry-After")).isEqualTo("1");
      assertThat(error(limited).getString("code")).isEqualTo("rate_limited");
    });
  }

  @Test
  void limit_is_counted_per_company(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        sequentially(LIMIT + 1, TestTenant.EMPLOYEES)
            .compose(exhausted -> api.get("/companies/" + TestTenant.OTHER_COMPANY + "/employees")),
        other -> assertThat(other.statusCode()).isEqualTo(200));
  }

  @Test
  void limit_resets_in_the_next_second(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        sequentially(LIMIT + 1, TestTenant.EMPLOYEES).compose(exhausted -> {
          clock.advance(Duration.ofSeconds(1));
          return api.get(TestTenant.EMPLOYEES);
        }),
        nextSecond -> assertThat(nextSecond.statusCode()).isEqualTo(200));
  }

  @Test
  void limit_is_off_by_default() {
    assertThat(EmulatorOptions.defaults().rateLimitPerSecond()).isZero();
  }
}
