package com.skovik.scim.emulator;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyTest extends EmulatorHttpTest {

  private Future<HttpResponse<Buffer>> createWithKey(String companyId, String key, JsonObject body) {
    return api.request(HttpMethod.POST, "/companies/" + companyId + "/employees")
        .putHeader("Idempotency-Key", key)
        .sendJsonObject(body);
  }

  private Future<HttpResponse<Buffer>> createWithKey(String key, JsonObject body) {
    return createWithKey(TestTenant.COMPANY, key, body);
  }

  @Test
  void repeated_key_with_the_same_body_replays_the_first_answer_and_creates_nothing(VertxTestContext testContext) {
    JsonObject body = TestTenant.newEmployee("ada@example.com");
    JsonObject sameBodyReordered = new JsonObject()
        .put("branch_id", "br_oslo").put("last_name", "Lovelace").put("first_name", "Ada").put("email", "ada@example.com");
    verifyThenComplete(testContext,
        createWithKey("key-1", body).compose(first -> {
          clock.advance(Duration.ofHours(23));
          return createWithKey("key-1", sameBodyReordered).map(replay -> List.of(first, replay));
        }),
        answers -> {
          assertThat(answers.get(0).statusCode()).isEqualTo(201);
          assertThat(answers.get(1).statusCode()).isEqualTo(201);
          assertThat(answers.get(1).bodyAsJsonObject()).isEqualTo(answers.get(0).bodyAsJsonObject());
          assertThat(emulator.store().employees(TestTenant.COMPANY)).hasSize(1);
        });
  }

  @Test
  void repeated_key_with_another_body_is_rejected(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        createWithKey("key-1", TestTenant.newEmployee("ada@example.com"))
            .compose(first -> createWithKey("key-1", TestTenant.newEmployee("grace@example.com"))),
        response -> {
          assertValidationFailed(response, new JsonObject().put("idempotency_key", "reused_with_different_body"));
          assertThat(emulator.store().employees(TestTenant.COMPANY)).hasSize(1);
        });
  }

  @Test
  void a_refused_create_is_replayed_as_refused(VertxTestContext testContext) {
    JsonObject body = TestTenant.newEmployee("ada@example.com").put("branch_id", "br_later");
    verifyThenComplete(testContext,
        createWithKey("key-1", body).compose(first -> {
          emulator.store().addBranch(TestTenant.COMPANY, "br_later", "Later", null, false);
          return createWithKey("key-1", body).map(replay -> List.of(first, replay));
        }),
        answers -> {
          assertThat(answers.get(1).statusCode()).isEqualTo(422);
          assertThat(answers.get(1).bodyAsJsonObject()).isEqualTo(answers.get(0).bodyAsJsonObject());
          assertThat(emulator.store().employees(TestTenant.COMPANY)).isEmpty();
        });
  }

  @Test
  void key_is_forgotten_after_24_hours(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        createWithKey("key-1", TestTenant.newEmployee("ada@example.com")).compose(first -> {
          clock.advance(Duration.ofHours(24));
          return createWithKey("key-1", TestTenant.newEmployee("grace@example.com"));
        }),
        response -> {
          assertThat(response.statusCode()).isEqualTo(201);
          assertThat(emulator.store().employees(TestTenant.COMPANY)).hasSize(2);
        });
  }

  @Test
  void same_key_in_another_company_is_another_key(VertxTestContext testContext) {
    JsonObject otherCompanyBody = TestTenant.newEmployee("x@example.com").put("branch_id", TestTenant.OTHER_BRANCH);
    verifyThenComplete(testContext,
        createWithKey("key-1", TestTenant.newEmployee("ada@example.com"))
            .compose(first -> createWithKey(TestTenant.OTHER_COMPANY, "key-1", otherCompanyBody)),
        response -> assertThat(response.statusCode()).isEqualTo(201));
  }

  @Test
  void key_longer_than_255_characters_is_a_bad_request(VertxTestContext testContext) {
    verifyThenComplete(testContext, createWithKey("k".repeat(256), TestTenant.newEmployee("ada@example.com")),
        response -> {
          assertThat(response.statusCode()).isEqualTo(400);
          assertThat(emulator.store().employees(TestTenant.COMPANY)).isEmpty();
        });
  }
}
