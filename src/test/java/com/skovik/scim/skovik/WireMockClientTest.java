package com.skovik.scim.skovik;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An {@link HttpSkovikClient} against WireMock on a dynamic port; a request no stub matches
 * fails the test. Timeouts and budgets are milliseconds so the failure paths run fast.
 */
@ExtendWith(VertxExtension.class)
abstract class WireMockClientTest {

  @RegisterExtension
  static final WireMockExtension upstream = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .failOnUnmatchedRequests(true)
      .build();

  static final String SERVICE_KEY = "svc-key-0123456789";
  static final String BEARER = "Bearer " + SERVICE_KEY;
  static final CallContext CTX = new CallContext("req-42", "cmp_acme");
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final String API = "/internal/v1";

  /** What a test asserts about a value; may throw. */
  interface Check<T> {
    void accept(T value) throws Throwable;
  }

  Vertx vertx;
  HttpSkovikClient client;

  /**
   * WireMock's first stubbed answer after it starts can take a second; one throw-away request
   * keeps that out of the tests that measure time.
   */
  @BeforeAll
  static void warmUpWireMock() throws Exception {
    upstream.stubFor(get(urlEqualTo("/warm-up")).willReturn(aResponse().withStatus(204)));
    HttpClient http = HttpClient.newHttpClient();
    http.send(HttpRequest.newBuilder(URI.create(upstream.url("/warm-up"))).build(),
        HttpResponse.BodyHandlers.discarding());
    upstream.resetAll();
  }

  @BeforeEach
  void startClient(Vertx vertx) {
    this.vertx = vertx;
    this.client = newClient(options(Duration.ofSeconds(2), Duration.ofSeconds(5)));
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  HttpSkovikClient newClient(SkovikClientOptions options) {
    return new HttpSkovikClient(vertx, options, () -> 0.5, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static SkovikClientOptions options(Duration callTimeout, Duration retryBudget) {
    return new SkovikClientOptions(URI.create(upstream.baseUrl()), SERVICE_KEY,
        Duration.ofMillis(500), callTimeout, retryBudget, Duration.ofMillis(5),
        Duration.ofMillis(20), 4);
  }

  static ResponseDefinitionBuilder json(int status, String fixture) {
    return aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(Fixtures.read(fixture));
  }

  /** Answers the requests matched by {@code request} with {@code responses} in turn; the last one repeats. */
  static void stubSequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
    String scenario = "sequence-" + UUID.randomUUID();
    for (int i = 0; i < responses.length; i++) {
      ScenarioMappingBuilder step = request.get()
          .inScenario(scenario)
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step-" + i);
      if (i < responses.length - 1) {
        step = step.willSetStateTo("step-" + (i + 1));
      }
      upstream.stubFor(step.willReturn(responses[i]));
    }
  }

  static <T> void expectSuccess(VertxTestContext test, Future<T> future, Check<T> check) {
    future.onComplete(test.succeeding(value -> test.verify(() -> {
      check.accept(value);
      test.completeNow();
    })));
  }

  static <E extends Throwable> void expectFailure(VertxTestContext test, Future<?> future,
      Class<E> type, Check<E> check) {
    future.onComplete(test.failing(error -> test.verify(() -> {
      assertThat(error).isInstanceOf(type);
      check.accept(type.cast(error));
      test.completeNow();
    })));
  }
}
