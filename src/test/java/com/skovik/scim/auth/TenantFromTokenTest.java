package com.skovik.scim.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.WireMockGatewayTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The company comes from the verified token and its identity provider configuration only: a
 * path, query or body that names another company changes nothing that reaches Skovik.
 */
class TenantFromTokenTest extends WireMockGatewayTest {

  private static final String OTHER_COMPANY = "cmp_beta";
  private static final String OTHER_COMPANY_PATH = API + "/companies/" + OTHER_COMPANY;
  private static final String EMPTY_PAGE = new JsonObject().put("data", new JsonArray())
      .put("total", 0).put("offset", 0).put("limit", 50).encode();

  @Test
  void company_named_in_the_query_is_ignored() {
    stubEmployees(COMPANY_PATH);

    ScimResponse response = gateway.get("/scim/v2/Users?companyId=" + OTHER_COMPANY
        + "&cid=" + OTHER_COMPANY + "&company_id=" + OTHER_COMPANY);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    skovik.verify(getRequestedFor(urlPathEqualTo(COMPANY_PATH + "/employees")));
    assertNothingReached(OTHER_COMPANY_PATH);
  }

  @Test
  void company_named_in_a_search_body_is_ignored() {
    stubEmployees(COMPANY_PATH);

    ScimResponse response = gateway.post("/scim/v2/Users/.search", new JsonObject()
        .put("schemas", new JsonArray().add("urn:ietf:params:scim:api:messages:2.0:SearchRequest"))
        .put("companyId", OTHER_COMPANY).put("cid", OTHER_COMPANY).encode());

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    skovik.verify(getRequestedFor(urlPathEqualTo(COMPANY_PATH + "/employees")));
    assertNothingReached(OTHER_COMPANY_PATH);
  }

  @Test
  void company_named_in_the_path_is_not_a_route() {
    ScimResponse response = gateway.get("/scim/v2/companies/" + OTHER_COMPANY + "/Users");

    assertThat(response.status()).isEqualTo(404);
    assertNothingReached(OTHER_COMPANY_PATH);
  }

  @Test
  void company_named_in_a_header_is_ignored() {
    stubEmployees(COMPANY_PATH);
    var headers = io.vertx.core.MultiMap.caseInsensitiveMultiMap()
        .add("X-Company-Id", OTHER_COMPANY).add("X-Skovik-Company", OTHER_COMPANY);

    ScimResponse response = gateway.send(io.vertx.core.http.HttpMethod.GET, "/scim/v2/Users",
        null, headers);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertNothingReached(OTHER_COMPANY_PATH);
  }

  @Test
  void a_token_of_another_company_works_on_that_company_only() {
    skovik.stubFor(get(urlPathEqualTo(OTHER_COMPANY_PATH + "/identity-providers/idp_entra"))
        .willReturn(okJson(identityProvider().put("id", "idp_entra")
            .put("company_id", OTHER_COMPANY).putNull("custom_field_mappings").encode())));
    stubEmployees(OTHER_COMPANY_PATH);
    Map<String, Object> claims = claims();
    claims.put("cid", OTHER_COMPANY);
    claims.put("sub", "idp_entra");

    ScimResponse response = gateway.withToken(keys.sign(claims)).get("/scim/v2/Users");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    skovik.verify(getRequestedFor(urlPathEqualTo(OTHER_COMPANY_PATH + "/employees")));
    assertNothingReached(COMPANY_PATH);
  }

  private void stubEmployees(String companyPath) {
    skovik.stubFor(get(urlPathEqualTo(companyPath + "/employees")).willReturn(okJson(EMPTY_PAGE)));
  }

  private void assertNothingReached(String companyPath) {
    assertThat(skovik.findAll(getRequestedFor(urlMatching(companyPath + "(/.*)?"))))
        .as("requests for %s", companyPath).isEmpty();
  }
}
