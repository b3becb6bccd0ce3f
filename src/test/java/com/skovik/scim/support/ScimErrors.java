package com.skovik.scim.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What every error the gateway sends must look like (RFC 7644 §3.12): the SCIM media type, the
 * Error schema, {@code status} as a string, a detail written for people, and a request id.
 */
public final class ScimErrors {

  public static final String ERROR_URN = "urn:ietf:params:scim:api:messages:2.0:Error";

  /** Words that only appear when an exception or stack frame escaped into a detail. */
  private static final List<String> INTERNALS = List.of("Exception", "exception", "\tat ",
      "java.", "io.vertx", "com.skovik", "com.fasterxml", "Caused by", "null");

  private ScimErrors() {}

  /** Asserts a SCIM error with this status and no {@code scimType}; returns the body. */
  public static JsonNode assertScimError(ScimResponse response, int status) {
    JsonNode body = assertErrorShape(response, status);
    assertThat(body.has("scimType")).as("scimType in %s", response).isFalse();
    return body;
  }

  /** Asserts a SCIM error with this status and {@code scimType}; returns the body. */
  public static JsonNode assertScimError(ScimResponse response, int status, String scimType) {
    JsonNode body = assertErrorShape(response, status);
    assertThat(body.path("scimType").asText()).as("scimType in %s", response).isEqualTo(scimType);
    return body;
  }

  /** The detail of a SCIM error, checked to hold no exception name, stack frame or "null". */
  public static String detailOf(ScimResponse response) {
    String detail = response.json().path("detail").asText();
    List<String> leaked = new ArrayList<>();
    for (String internal : INTERNALS) {
      if (detail.contains(internal)) {
        leaked.add(internal);
      }
    }
    assertThat(leaked).as("internals in detail \"%s\"", detail).isEmpty();
    return detail;
  }

  private static JsonNode assertErrorShape(ScimResponse response, int status) {
    assertThat(response.status()).as("status of %s", response).isEqualTo(status);
    assertThat(response.header("Content-Type")).as("Content-Type of %s", response)
        .startsWith("application/scim+json");
    assertThat(response.header("X-Request-Id")).as("X-Request-Id of %s", response).isNotBlank();
    JsonNode body = response.json();
    assertThat(body.path("schemas").isArray()).as("schemas of %s", response).isTrue();
    assertThat(body.path("schemas")).hasSize(1);
    assertThat(body.path("schemas").get(0).asText()).isEqualTo(ERROR_URN);
    assertThat(body.path("status").isTextual()).as("status is a JSON string in %s", response).isTrue();
    assertThat(body.path("status").asText()).isEqualTo(String.valueOf(status));
    assertThat(detailOf(response)).as("detail of %s", response).isNotBlank();
    return body;
  }
}
