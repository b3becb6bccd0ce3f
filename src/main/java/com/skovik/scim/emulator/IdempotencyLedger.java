package com.skovik.scim.emulator;

import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers, for 24 hours, what a create with an {@code Idempotency-Key} answered, per
 * company and key. A repeat with the same body (compared as JSON, member order
 * ignored) gets the first answer again without running anything; another body gets
 * {@code 422 {"idempotency_key": "reused_with_different_body"}}. Definitive answers are
 * remembered: successes and the 409/422 refusals; a 404 for an unknown company, a 429
 * or a 5xx is not, so a retry really retries.
 */
final class IdempotencyLedger {

  static final Duration RETENTION = Duration.ofHours(24);
  static final int MAX_KEY_LENGTH = 255;

  /** A status and body to send. */
  record Answer(int status, JsonObject body) {}

  private record Entry(JsonObject request, Answer answer, Instant recordedAt) {}

  private record Scope(String companyId, String key) {}

  private final Map<Scope, Entry> entries = new HashMap<>();
  private final Clock clock;

  IdempotencyLedger(Clock clock) {
    this.clock = clock;
  }

  synchronized Answer answerOnce(String companyId, String key, JsonObject request, Supplier<Answer> operation) {
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      throw ApiError.badRequest("Idempotency-Key must have 1 to " + MAX_KEY_LENGTH + " characters");
    }
    Scope scope = new Scope(companyId, key);
    Instant now = clock.instant();
    Entry earlier = entries.get(scope);
    if (earlier != null && earlier.recordedAt().plus(RETENTION).isAfter(now)) {
      if (!earlier.request().equals(request)) {
        throw ApiError.validationFailed("idempotency_key", "reused_with_different_body");
      }
      return copy(earlier.answer());
    }
    try {
      Answer answer = operation.get();
      entries.put(scope, new Entry(request.copy(), copy(answer), now));
      return answer;
    } catch (ApiError refusal) {
      if (refusal.status() == 409 || refusal.status() == 422) {
        entries.put(scope, new Entry(request.copy(), new Answer(refusal.status(), refusal.body()), now));
      }
      throw refusal;
    }
  }

  private static Answer copy(Answer answer) {
    return new Answer(answer.status(), answer.body().copy());
  }
}
