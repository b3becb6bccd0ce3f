package com.skovik.scim.emulator;

import com.skovik.scim.support.AdjustableClock;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts an emulator on a free port with {@link TestTenant} seeded, and gives an {@link ApiClient} for it. */
@ExtendWith(VertxExtension.class)
abstract class EmulatorHttpTest {

  protected final AdjustableClock clock = AdjustableClock.at("2026-11-30T08:15:02.123Z");
  protected SkovikEmulator emulator;
  protected ApiClient api;

  /** Default options on the test {@link #clock}; override to change them (keep the clock). */
  protected EmulatorOptions options() {
    return EmulatorOptions.defaults().withClock(clock);
  }

  @BeforeEach
  void startEmulator(Vertx vertx, VertxTestContext testContext) {
    SkovikEmulator.start(vertx, options()).onComplete(testContext.succeeding(started -> {
      emulator = started;
      api = new ApiClient(vertx, started);
      TestTenant.seed(started.store());
      testContext.completeNow();
    }));
  }

  @AfterEach
  void stopEmulator(VertxTestContext testContext) {
    emulator.close().onComplete(testContext.succeedingThenComplete());
  }

  /** Runs the assertions on the future's value, then completes the test. */
  protected static <T> void verifyThenComplete(VertxTestContext testContext, Future<T> future, Consumer<T> assertions) {
    future.onComplete(testContext.succeeding(value -> testContext.verify(() -> {
      assertions.accept(value);
      testContext.completeNow();
    })));
  }

  /** Creates an employee and answers its JSON, failing when the create is not a 201. */
  protected Future<JsonObject> create(JsonObject body) {
    return api.post(TestTenant.EMPLOYEES, body).map(response -> {
      assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
      return response.bodyAsJsonObject();
    });
  }

  protected static JsonObject error(HttpResponse<Buffer> response) {
    return response.bodyAsJsonObject().getJsonObject("error");
  }

  /** Asserts a 422 with exactly these details. */
  protected static void assertValidationFailed(HttpResponse<Buffer> response, JsonObject details) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(422);
    assertThat(error(response).getString("code")).isEqualTo("validation_failed");
    assertThat(error(response).getJsonObject("details")).isEqualTo(details);
  }
}
