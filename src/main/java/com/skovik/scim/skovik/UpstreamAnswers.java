package com.skovik.scim.skovik;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.skovik.scim.skovik.SkovikUnavailableException.Kind;
import com.skovik.scim.skovik.UpstreamTransport.Answer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Turns a final answer into a value or a typed failure. The status is checked before the body
 * is read: a 4xx becomes a {@link SkovikApiException} (code {@code unknown} when the body is
 * not the contract's error document), a 5xx or an undecodable 2xx a {@link
 * SkovikUnavailableException}. Nothing here throws a JSON decode error.
 */
final class UpstreamAnswers {

  /** The {@code {"data": [...]}} envelope of the list endpoints. */
  record DataEnvelope<T>(@JsonProperty("data") List<T> data) {
    DataEnvelope {
      Objects.requireNonNull(data, "data");
    }
  }

  private static final ObjectMapper MAPPER = SkovikJson.mapper();

  private final Clock clock;

  UpstreamAnswers(Clock clock) {
    this.clock = clock;
  }

  static JavaType type(Class<?> type) {
    return MAPPER.getTypeFactory().constructType(type);
  }

  static JavaType listOf(Class<?> element) {
    return MAPPER.getTypeFactory().constructParametricType(DataEnvelope.class, element);
  }

  <T> T decode(UpstreamCall call, Answer answer, JavaType type) {
    requireSuccess(call, answer);
    try {
      T value = MAPPER.readValue(bytes(answer.response().body()), type);
      if (value == null) {
        throw new IOException("empty body");
      }
      return value;
    } catch (IOException | IllegalArgumentException e) {
      throw undecodable(call, answer, e);
    }
  }

  <T> List<T> decodeList(UpstreamCall call, Answer answer, Class<T> element) {
    DataEnvelope<T> envelope = decode(call, answer, listOf(element));
    return List.copyOf(envelope.data());
  }

  /** A JWK Set: a JSON object with a {@code keys} array. */
  JsonObject decodeJwkSet(UpstreamCall call, Answer answer) {
    requireSuccess(call, answer);
    try {
      JsonObject jwks = new JsonObject(orEmpty(answer.response().body()));
      if (!(jwks.getValue("keys") instanceof JsonArray)) {
        throw new IllegalArgumentException("no keys array");
      }
      return jwks;
    } catch (DecodeException | IllegalArgumentException | ClassCastException e) {
      throw undecodable(call, answer, e);
    }
  }

  /** Throws unless the answer is 2xx. */
  void requireSuccess(UpstreamCall call, Answer answer) {
    int status = answer.status();
    if (status >= 200 && status < 300) {
      return;
    }
    if (status >= 500) {
      Kind kind = switch (status) {
        case 503 -> Kind.UNAVAILABLE;
        case 504 -> Kind.GATEWAY_TIMEOUT;
        default -> Kind.BAD_GATEWAY;
      };
      throw new SkovikUnavailableException(call.operation(), kind, answer.attempts(), status, null);
    }
    throw apiError(call, answer);
  }

  SkovikApiException apiError(UpstreamCall call, Answer answer) {
    Long retryAfter = RetryAfter.seconds(answer.response().getHeader("Retry-After"), clock);
    JsonNode error = parseQuietly(answer.response().body()).path("error");
    JsonNode code = error.path("code");
    JsonNode message = error.path("message");
    return new SkovikApiException(call.operation(), answer.status(),
        code.isTextual() && !code.asText().isBlank() ? code.asText() : SkovikApiException.UNKNOWN,
        error.path("details"),
        message.isTextual() ? message.asText() : null,
        retryAfter);
  }

  private static JsonNode parseQuietly(Buffer body) {
    try {
      JsonNode node = MAPPER.readTree(bytes(body));
      return node == null ? MAPPER.missingNode() : node;
    } catch (IOException e) {
      return MAPPER.missingNode();
    }
  }

  private static SkovikUnavailableException undecodable(UpstreamCall call, Answer answer,
      Exception cause) {
    return new SkovikUnavailableException(call.operation(), Kind.BAD_GATEWAY, answer.attempts(),
        answer.status(), cause);
  }

  private static byte[] bytes(Buffer body) {
    return body == null ? new byte[0] : body.getBytes();
  }

  private static Buffer orEmpty(Buffer body) {
    return body == null ? Buffer.buffer() : body;
  }
}
