package com.skovik.scim.emulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTransportTest extends EmulatorHttpTest {

  @Test
  void call_without_service_key_is_unauthorized(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.unauthenticated(HttpMethod.GET, TestTenant.EMPLOYEES).send(), response -> {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.getHeader("Content-Type")).isEqualTo("application/json");
      assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject().put("error", new JsonObject()
          .put("code", "unauthorized").put("message", "service key missing or wrong").put("details", new JsonObject())));
    });
  }

  @Test
  void call_with_a_wrong_service_key_is_unauthorized(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.unauthenticated(HttpMethod.GET, "/scim/jwks").bearerTokenAuthentication("not-the-key").send(),
        response -> {
          assertThat(response.statusCode()).isEqualTo(401);
          assertThat(error(response).getString("code")).isEqualTo("unauthorized");
        });
  }

  @Test
  void call_with_an_idp_token_instead_of_the_service_key_is_unauthorized(VertxTestContext testContext) {
    String scimToken = emulator.mintToken(TestTenant.COMPANY, TestTenant.IDP, "tok_1");
    verifyThenComplete(testContext,
        api.unauthenticated(HttpMethod.GET, TestTenant.EMPLOYEES).bearerTokenAuthentication(scimToken).send(),
        response -> assertThat(response.statusCode()).isEqualTo(401));
  }

  @Test
  void request_id_is_echoed_on_answers_and_on_errors(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.request(HttpMethod.GET, TestTenant.EMPLOYEES).putHeader("X-Request-Id", "req-1").send()
            .compose(ok -> api.request(HttpMethod.GET, TestTenant.employee("emp_missing"))
                .putHeader("X-Request-Id", "req-2").send()
                .map(notFound -> List.of(ok, notFound))),
        responses -> {
          assertThat(responses.get(0).getHeader("X-Request-Id")).isEqualTo("req-1");
          assertThat(responses.get(1).statusCode()).isEqualTo(404);
          assertThat(responses.get(1).getHeader("X-Request-Id")).isEqualTo("req-2");
        });
  }

  @Test
  void unknown_company_answers_not_found(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.get("/companies/cmp_nobody/branches"), response -> {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(error(response).getString("code")).isEqualTo("not_found");
    });
  }

  @Test
  void unknown_endpoint_answers_not_found_in_the_contract_error_shape(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.get("/companies/" + TestTenant.COMPANY + "/teams"), response -> {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(error(response).getString("code")).isEqualTo("not_found");
      assertThat(error(response).getJsonObject("details")).isEqualTo(new JsonObject());
    });
  }

  @Test
  void malformed_json_body_is_a_bad_request(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.request(HttpMethod.POST, TestTenant.EMPLOYEES).putHeader("Content-Type", "application/json")
            .sendBuffer(Buffer.buffer("{\"email\": ")),
        response -> {
          assertThat(response.statusCode()).isEqualTo(400);
          assertThat(error(response).getString("code")).isEqualTo("bad_request");
        });
  }

  @Test
  void json_array_body_is_a_bad_request(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.request(HttpMethod.PATCH, TestTenant.employee("emp_x")).sendBuffer(Buffer.buffer("[1, 2]")),
        response -> assertThat(response.statusCode()).isEqualTo(400));
  }

  @Test
  void calls_are_counted_in_total_and_per_endpoint(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.get(TestTenant.EMPLOYEES)
            .compose(first -> api.get(TestTenant.EMPLOYEES))
            .compose(second -> api.get("/scim/jwks"))
            .compose(third -> api.unauthenticated(HttpMethod.GET, "/scim/jwks").send()),
        ignored -> {
          assertThat(emulator.requestCount()).isEqualTo(4);
          assertThat(emulator.requestCounts())
              .containsEntry("GET /companies/{cid}/employees", 2)
              .containsEntry("GET /scim/jwks", 2)
              .hasSize(2);
        });
  }

  @Test
  void empty_body_is_a_bad_request(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.request(HttpMethod.POST, TestTenant.EMPLOYEES).putHeader("Content-Type", "application/json").send(),
        response -> {
          assertThat(response.statusCode()).isEqualTo(400);
          assertThat(error(response).getString("code")).isEqualTo("bad_request");
        });
  }

  @Test
  void unknown_query_parameter_on_branches_is_a_bad_request(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.get("/companies/" + TestTenant.COMPANY + "/branches?name=Oslo"),
        response -> assertThat(response.statusCode()).isEqualTo(400));
  }
}
