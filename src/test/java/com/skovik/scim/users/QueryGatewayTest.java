package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.skovik.scim.config.GatewayConfig;
import com.skovik.scim.support.EmployeeJson;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The HTTP tier for list requests: {@link UserGatewayTest} plus listing stubs, the query
 * parameters of every listing call that reached the upstream, and ListResponse assertions.
 */
abstract class QueryGatewayTest extends UserGatewayTest {

  protected static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

  /** Every listing answers these employees, whatever its parameters (batched name lookups aside). */
  protected void stubListing(EmployeeJson... employees) {
    skovik.stubFor(get(urlPathEqualTo(EMPLOYEES)).atPriority(5)
        .willReturn(okJson(page(employees.length, 0, 200, employees))));
  }

  /** The listing page at this offset, for scans and multi-page answers. */
  protected void stubListingPage(int offset, long total, EmployeeJson... employees) {
    skovik.stubFor(get(urlPathEqualTo(EMPLOYEES)).atPriority(4)
        .withQueryParam("offset", equalTo(String.valueOf(offset)))
        .willReturn(okJson(page(total, offset, 200, employees))));
  }

  /** The batched look-up of exactly these {@code ids} (managers' names) answers these employees. */
  protected void stubIdsLookup(String ids, EmployeeJson... employees) {
    skovik.stubFor(get(urlPathEqualTo(EMPLOYEES)).atPriority(2)
        .withQueryParam("ids", equalTo(ids))
        .willReturn(okJson(page(employees.length, 0, 200, employees))));
  }

  protected static String page(long total, int offset, int limit, EmployeeJson... employees) {
    JsonArray data = new JsonArray();
    for (EmployeeJson employee : employees) {
      data.add(employee.json());
    }
    return new JsonObject().put("data", data).put("total", total).put("offset", offset)
        .put("limit", limit).encode();
  }

  /** The query parameters of every {@code GET …/employees} (not {@code …/employees/{id}}), in order. */
  protected List<Map<String, String>> listingCalls() {
    List<Map<String, String>> calls = new ArrayList<>();
    for (LoggedRequest request : requests()) {
      String path = request.getUrl().split("\\?", 2)[0];
      if (request.getMethod().getName().equals("GET") && path.equals(EMPLOYEES)) {
        Map<String, String> parameters = new TreeMap<>();
        request.getQueryParams().forEach((name, parameter) ->
            parameters.put(name, String.join("|", parameter.values())));
        calls.add(parameters);
      }
    }
    return calls;
  }

  /** The one listing call made; fails when there were none or several. */
  protected Map<String, String> onlyListingCall() {
    List<Map<String, String>> calls = listingCalls();
    assertThat(calls).as("listing calls").hasSize(1);
    return calls.get(0);
  }

  /** Listing parameters as a map, from name, value pairs. */
  protected static Map<String, String> params(String... namesAndValues) {
    Map<String, String> parameters = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      parameters.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return parameters;
  }

  protected static String filtered(String filter) {
    return USERS + "?filter=" + encode(filter);
  }

  protected static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A ListResponse with these numbers, written as JSON numbers; returns its Resources. */
  protected static JsonNode assertListResponse(ScimResponse response, long totalResults,
      int itemsPerPage, int startIndex) {
    assertThat(response.status()).as("status of %s", response).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/scim+json");
    JsonNode list = response.json();
    assertThat(list.path("schemas")).hasSize(1);
    assertThat(list.path("schemas").get(0).asText()).isEqualTo(LIST_RESPONSE);
    for (String number : List.of("totalResults", "itemsPerPage", "startIndex")) {
      assertThat(list.path(number).isIntegralNumber()).as("%s is a JSON number in %s", number, list).isTrue();
    }
    assertThat(list.path("totalResults").asLong()).as("totalResults").isEqualTo(totalResults);
    assertThat(list.path("itemsPerPage").asInt()).as("itemsPerPage").isEqualTo(itemsPerPage);
    assertThat(list.path("startIndex").asInt()).as("startIndex").isEqualTo(startIndex);
    assertThat(list.path("Resources").isArray()).as("Resources is an array").isTrue();
    assertThat(list.path("Resources")).hasSize(itemsPerPage);
    return list.path("Resources");
  }

  protected static List<String> ids(JsonNode resources) {
    List<String> ids = new ArrayList<>();
    resources.forEach(user -> ids.add(user.path("id").asText()));
    return ids;
  }

  /** The configuration with other query limits. */
  protected static GatewayConfig withLimits(GatewayConfig config, int maxResults, int queryScanLimit) {
    return config.withQueryLimits(maxResults, queryScanLimit);
  }

  /** {@code count} employees {@code emp_<first>}… with last names {@code Last<n>}, created in order. */
  protected static EmployeeJson[] numbered(int first, int count) {
    EmployeeJson[] employees = new EmployeeJson[count];
    for (int i = 0; i < count; i++) {
      int n = first + i;
      employees[i] = EmployeeJson.employee(String.format("emp_%04d", n))
          .email(String.format("user%04d@example.com", n)).lastName(String.format("Last%04d", n));
    }
    return employees;
  }
}
