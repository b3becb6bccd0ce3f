package com.skovik.scim.http;

import static com.skovik.scim.support.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.support.GatewayClient;
import com.skovik.scim.support.ScimResponse;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bug answers 500 with a fixed detail. No handler of the gateway fails on purpose, so these
 * tests plant failing handlers in a router wired the way {@code GatewayVerticle} wires its own:
 * request ids first, {@link ScimFailureHandler} as failure handler and for the error codes.
 */
@ExtendWith(VertxExtension.class)
class InternalErrorTest {

  private static final String SECRET = "password=hunter2";
  private static final String FIXED_DETAIL = "The gateway failed to process the request. "
      + "Quote the X-Request-Id when you report it.";

  private GatewayClient client;

  @BeforeEach
  void startARouterWithBuggyHandlers(Vertx vertx) {
    Router router = Router.router(vertx);
    router.route().handler(new RequestIds());
    router.get("/thrown").handler(ctx -> {
      throw new IllegalStateException("Cannot invoke \"String.length()\" " + SECRET);
    });
    router.get("/failed").handler(ctx -> ctx.fail(new NullPointerException(SECRET)));
    router.get("/status-only").handler(ctx -> ctx.fail(500));
    router.get("/error-inside-scim-exception").handler(ctx -> ctx.fail(new RuntimeException(
        "wrapper " + SECRET, new IllegalArgumentException(SECRET))));
    router.get("/client-error-with-cause").handler(ctx -> ctx.fail(400,
        new IllegalArgumentException("URLDecoder: " + SECRET)));
    ScimFailureHandler failures = new ScimFailureHandler();
    router.route().failureHandler(failures);
    router.errorHandler(500, failures.forErrorCode(500));
    HttpServer server = GatewayClient.await(vertx.createHttpServer().requestHandler(router).listen(0));
    client = new GatewayClient(vertx, server.actualPort(), null);
  }

  @Test
  void exception_thrown_by_a_handler_is_500_with_the_fixed_detail() {
    assertFixed500(client.get("/thrown"));
  }

  @Test
  void failed_future_is_500_with_the_fixed_detail() {
    assertFixed500(client.get("/failed"));
  }

  @Test
  void failure_with_a_status_only_is_500_with_the_fixed_detail() {
    assertFixed500(client.get("/status-only"));
  }

  @Test
  void exception_with_a_cause_reveals_neither() {
    assertFixed500(client.get("/error-inside-scim-exception"));
  }

  @Test
  void client_error_with_an_internal_cause_keeps_its_status_and_hides_the_cause() {
    ScimResponse response = client.get("/client-error-with-cause");

    assertScimError(response, 400);
    assertThat(response.rawBody()).doesNotContain(SECRET).doesNotContain("URLDecoder");
  }

  private static void assertFixed500(ScimResponse response) {
    assertScimError(response, 500);
    assertThat(response.json().path("detail").asText()).isEqualTo(FIXED_DETAIL);
    assertThat(response.rawBody()).doesNotContain(SECRET).doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
