package com.skovik.scim.http;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.skovik.scim.support.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.config.GatewayConfig;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.WireMockGatewayTest;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 7644 §3.12 for every error the gateway makes itself: unknown routes, unsupported
 * endpoints, wrong methods, oversized bodies, foreign media types and malformed JSON. Each is
 * {@code application/scim+json} with the Error schema, {@code status} as a string and a detail.
 */
class ScimErrorModelTest extends WireMockGatewayTest {

  private static final int BODY_LIMIT = 2_048;
  private static final String SEARCH = "/scim/v2/Users/.search";
  private static final String SEARCH_REQUEST = new JsonObject()
      .put("schemas", new JsonArray().add("urn:ietf:params:scim:api:messages:2.0:SearchRequest"))
      .encode();

  @Override
  protected GatewayConfig config() {
    return super.config().withMaxBodyBytes(BODY_LIMIT);
  }

  @Test
  void unknown_route_outside_scim_is_a_scim_404() {
    ScimResponse response = gateway.withToken(null).get("/admin/console");

    assertScimError(response, 404);
  }

  @Test
  void unknown_path_under_scim_v2_is_404_naming_what_is_supported() {
    ScimResponse response = gateway.get("/scim/v2/Employees");

    String detail = assertScimError(response, 404).path("detail").asText();
    assertThat(detail).contains("/Users", "/ServiceProviderConfig", "/Schemas", "/ResourceTypes");
  }

  @Test
  void scim_root_itself_is_404_naming_what_is_supported() {
    ScimResponse response = gateway.get("/scim/v2");

    assertThat(assertScimError(response, 404).path("detail").asText()).contains("/Users");
  }

  @ParameterizedTest(name = "[{index}] GET {0}")
  @ValueSource(strings = {"/scim/v2/Groups", "/scim/v2/groups", "/scim/v2/Groups/grp_1",
      "/scim/v2/Groups?filter=displayName%20eq%20%22Sales%22"})
  void groups_are_404_saying_groups_are_not_supported(String path) {
    ScimResponse response = gateway.get(path);

    String detail = assertScimError(response, 404).path("detail").asText();
    assertThat(detail).contains("Groups are not supported").contains("/Users");
  }

  @Test
  void creating_a_group_is_404_saying_groups_are_not_supported() {
    ScimResponse response = gateway.post("/scim/v2/Groups",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Sales\"}");

    assertThat(assertScimError(response, 404).path("detail").asText())
        .contains("Groups are not supported");
  }

  @Test
  void bulk_is_404_saying_bulk_is_not_supported() {
    ScimResponse response = gateway.post("/scim/v2/Bulk",
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":[]}");

    assertThat(assertScimError(response, 404).path("detail").asText())
        .contains("Bulk operations are not supported").contains("/Users");
  }

  @Test
  void me_is_404_saying_it_is_not_supported() {
    ScimResponse response = gateway.get("/scim/v2/Me");

    assertThat(assertScimError(response, 404).path("detail").asText())
        .contains("/Me is not supported").contains("/Users");
  }

  @Test
  void wrong_method_on_a_discovery_endpoint_is_405_with_allow() {
    ScimResponse response = gateway.delete("/scim/v2/ServiceProviderConfig");

    assertScimError(response, 405);
    assertThat(response.header("Allow")).isEqualTo("GET");
  }

  @Test
  void wrong_method_on_users_is_405_with_allow() {
    ScimResponse response = gateway.delete("/scim/v2/Users");

    assertScimError(response, 405);
    assertThat(response.header("Allow")).contains("GET", "POST");
  }

  @Test
  void body_over_the_limit_is_413_and_reaches_nobody() {
    String big = "{\"userName\":\"" + "x".repeat(BODY_LIMIT * 2) + "\"}";

    ScimResponse response = gateway.post("/scim/v2/Users", big);

    assertScimError(response, 413);
    skovik.verify(0, postRequestedFor(urlPathEqualTo(COMPANY_PATH + "/employees")));
  }

  @Test
  void body_just_under_the_limit_is_read() {
    String padded = SEARCH_REQUEST.replace("}", ",\"pad\":\"" + "x".repeat(BODY_LIMIT - 200) + "\"}");
    stubEmptyEmployeePage();

    ScimResponse response = gateway.post(SEARCH, padded);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  @Test
  void xml_body_is_415() {
    ScimResponse response = gateway.send(HttpMethod.POST, "/scim/v2/Users", "<user/>",
        MultiMap.caseInsensitiveMultiMap().add("Content-Type", "text/xml"));

    String detail = assertScimError(response, 415).path("detail").asText();
    assertThat(detail).contains("application/scim+json");
    skovik.verify(0, postRequestedFor(urlPathEqualTo(COMPANY_PATH + "/employees")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"application/json", "application/scim+json",
      "application/scim+json; charset=utf-8", "application/json;charset=UTF-8",
      "Application/SCIM+JSON"})
  void json_media_types_are_accepted(String contentType) {
    stubEmptyEmployeePage();

    ScimResponse response = gateway.send(HttpMethod.POST, SEARCH, SEARCH_REQUEST,
        MultiMap.caseInsensitiveMultiMap().add("Content-Type", contentType));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/scim+json");
  }

  @Test
  void malformed_json_is_400_invalid_syntax_with_its_position() {
    ScimResponse response = gateway.post("/scim/v2/Users", "{\"userName\": \"ada@example.com\",\n oops}");

    String detail = assertScimError(response, 400, "invalidSyntax").path("detail").asText();
    assertThat(detail).contains("line 2");
    skovik.verify(0, postRequestedFor(urlPathEqualTo(COMPANY_PATH + "/employees")));
  }

  @Test
  void json_that_is_not_an_object_is_400_invalid_syntax() {
    ScimResponse response = gateway.post(SEARCH, "[1, 2, 3]");

    assertScimError(response, 400, "invalidSyntax");
  }

  @Test
  void request_id_sent_by_the_client_is_echoed_on_success_and_on_error() {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("X-Request-Id", "okta-req-123");

    ScimResponse ok = gateway.send(HttpMethod.GET, "/scim/v2/ServiceProviderConfig", null, headers);
    ScimResponse notFound = gateway.send(HttpMethod.GET, "/scim/v2/Groups", null, headers);
    ScimResponse unauthorized = gateway.withToken(null)
        .send(HttpMethod.GET, "/scim/v2/Users", null, headers);

    assertThat(ok.header("X-Request-Id")).isEqualTo("okta-req-123");
    assertThat(notFound.header("X-Request-Id")).isEqualTo("okta-req-123");
    assertThat(unauthorized.header("X-Request-Id")).isEqualTo("okta-req-123");
  }

  @Test
  void request_without_an_id_gets_a_fresh_one_per_request() {
    ScimResponse first = gateway.get("/scim/v2/ServiceProviderConfig");
    ScimResponse second = gateway.get("/scim/v2/ServiceProviderConfig");

    assertThat(first.header("X-Request-Id")).isNotBlank();
    assertThat(second.header("X-Request-Id")).isNotBlank().isNotEqualTo(first.header("X-Request-Id"));
  }

  @Test
  void request_id_that_could_forge_log_lines_is_replaced() {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap()
        .add("X-Request-Id", "id with spaces and \"quotes\" " + "x".repeat(200));

    ScimResponse response = gateway.send(HttpMethod.GET, "/scim/v2/ServiceProviderConfig", null, headers);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("X-Request-Id")).isNotBlank().doesNotContain(" ").hasSizeLessThan(129);
  }

  @Test
  void request_id_is_sent_upstream() {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("X-Request-Id", "entra-42");
    stubEmptyEmployeePage();

    gateway.send(HttpMethod.GET, "/scim/v2/Users", null, headers);

    skovik.verify(getRequestedFor(urlPathEqualTo(COMPANY_PATH + "/identity-providers/" + IDP))
        .withHeader("X-Request-Id", equalTo("entra-42")));
    skovik.verify(getRequestedFor(urlPathEqualTo(COMPANY_PATH + "/employees"))
        .withHeader("X-Request-Id", equalTo("entra-42")));
  }

  @Test
  void path_that_cannot_be_decoded_is_a_scim_400_not_a_500() {
    ScimResponse inside = gateway.get("/scim/v2/Users/%zz");
    ScimResponse outside = gateway.withToken(null).get("/health/%zz");

    assertScimError(inside, 400);
    assertScimError(outside, 400);
  }

  @Test
  void bodiless_request_is_not_judged_by_its_content_type() {
    stubEmptyEmployeePage();

    ScimResponse response = gateway.send(HttpMethod.GET, "/scim/v2/Users", null,
        MultiMap.caseInsensitiveMultiMap().add("Content-Type", "text/plain"));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  @Test
  void url_over_the_servers_limit_is_a_scim_414_pointing_to_search() {
    ScimResponse response = gateway.get("/scim/v2/Users?filter=" + "x".repeat(5_000));

    assertThat(assertScimError(response, 414).path("detail").asText()).contains(".search");
  }

  @Test
  void headers_over_the_servers_limit_are_a_scim_431() {
    ScimResponse response = gateway.send(HttpMethod.GET, "/scim/v2/ServiceProviderConfig", null,
        MultiMap.caseInsensitiveMultiMap().add("X-Padding", "y".repeat(10_000)));

    assertScimError(response, 431);
  }

  private void stubEmptyEmployeePage() {
    skovik.stubFor(get(urlPathEqualTo(COMPANY_PATH + "/employees")).willReturn(okJson(new JsonObject()
        .put("data", new JsonArray()).put("total", 0).put("offset", 0).put("limit", 50).encode())));
  }
}
