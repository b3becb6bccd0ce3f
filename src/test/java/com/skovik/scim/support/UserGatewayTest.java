package com.skovik.scim.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.skovik.scim.scim.ScimJson;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * The HTTP tier for {@code /Users}: {@link WireMockGatewayTest} plus a branch directory (three
 * branches, every other external identifier unknown), employee stubs, the list of employee
 * calls that reached the upstream, and SCIM error assertions.
 *
 * <p>Branches: {@code br_oslo} ↔ {@code NO-OSL}, {@code br_bergen} ↔ {@code NO-BGO}, and the
 * archived {@code br_closed} ↔ {@code NO-OLD}.
 */
public abstract class UserGatewayTest extends WireMockGatewayTest {

  protected static final String USERS = "/scim/v2/Users";
  protected static final String EMPLOYEES = COMPANY_PATH + "/employees";
  protected static final String BRANCHES = COMPANY_PATH + "/branches";
  protected static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  protected static final String SKOVIK = "urn:ietf:params:scim:schemas:extension:skovik:2.0:User";
  protected static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
  protected static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  protected static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

  @Override
  protected void beforeGatewayStarts() {
    skovik.stubFor(get(urlPathEqualTo(BRANCHES)).atPriority(10)
        .willReturn(okJson("{\"data\": []}")));
    skovik.stubFor(get(urlPathMatching(BRANCHES + "/.+")).atPriority(10)
        .willReturn(skovikError(404, "not_found", null)));
    stubBranch("br_oslo", "NO-OSL", false);
    stubBranch("br_bergen", "NO-BGO", false);
    stubBranch("br_closed", "NO-OLD", true);
  }

  protected void stubBranch(String id, String externalIdentifier, boolean archived) {
    JsonObject branch = new JsonObject().put("id", id).put("name", "Branch " + id)
        .put("external_identifier", externalIdentifier).put("archived", archived);
    skovik.stubFor(get(urlPathEqualTo(BRANCHES)).atPriority(1)
        .withQueryParam("external_identifier", equalToIgnoreCase(externalIdentifier))
        .willReturn(okJson(new JsonObject().put("data", new JsonArray().add(branch)).encode())));
    skovik.stubFor(get(urlPathEqualTo(BRANCHES + "/" + id)).atPriority(1)
        .willReturn(okJson(branch.encode())));
  }

  // ---- employees ---------------------------------------------------------------------------

  /** Ada Lovelace, active in Oslo, version 4, no superior. */
  protected static EmployeeJson ada() {
    return EmployeeJson.employee("emp_ada").email("ada.lovelace@example.com")
        .firstName("Ada").lastName("Lovelace").version(4);
  }

  /** Grace Hopper, a manager. */
  protected static EmployeeJson grace() {
    return EmployeeJson.employee("emp_grace").email("grace.hopper@example.com")
        .firstName("Grace").lastName("Hopper").version(9);
  }

  protected static String employeePath(String id) {
    return EMPLOYEES + "/" + id;
  }

  protected void stubEmployee(EmployeeJson employee) {
    skovik.stubFor(get(urlPathEqualTo(employeePath(employee.id()))).willReturn(okJson(employee.encode())));
  }

  protected void stubEmployeeNotFound(String id) {
    skovik.stubFor(get(urlPathEqualTo(employeePath(id))).willReturn(skovikError(404, "not_found", null)));
  }

  protected void stubCreate(EmployeeJson created) {
    skovik.stubFor(post(urlPathEqualTo(EMPLOYEES)).willReturn(json(201, created)));
  }

  protected void stubPatch(EmployeeJson updated) {
    skovik.stubFor(patch(urlPathEqualTo(employeePath(updated.id()))).willReturn(json(200, updated)));
  }

  protected void stubArchive(EmployeeJson archived) {
    skovik.stubFor(post(urlPathEqualTo(employeePath(archived.id()) + "/archive"))
        .willReturn(json(200, archived)));
  }

  protected void stubDelete(String id) {
    skovik.stubFor(delete(urlPathEqualTo(employeePath(id))).willReturn(aResponse().withStatus(204)));
  }

  protected static ResponseDefinitionBuilder json(int status, EmployeeJson employee) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(employee.encode());
  }

  // ---- what reached the upstream -----------------------------------------------------------

  /**
   * Every call to the employee endpoints, in the order received, as {@code "GET emp_ada"},
   * {@code "POST"} (create), {@code "PATCH emp_ada"}, {@code "POST emp_ada/archive"}… — the
   * calls the efficiency rules of issue 3 count. Lookups that warm caches are not in it.
   */
  protected List<String> employeeCalls() {
    return requests().stream()
        .filter(request -> request.getUrl().startsWith(EMPLOYEES))
        .map(request -> {
          String rest = request.getUrl().substring(EMPLOYEES.length());
          rest = rest.startsWith("/") ? rest.substring(1) : rest;
          return (request.getMethod().getName() + " " + rest).trim();
        })
        .toList();
  }

  /** Every request WireMock received, oldest first. */
  protected List<LoggedRequest> requests() {
    return skovik.findAll(anyRequestedFor(urlPathMatching(".*"))).stream()
        .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
        .toList();
  }

  /** The one request that matches; fails when there is none or more than one. */
  protected LoggedRequest onlyRequest(RequestPatternBuilder pattern) {
    List<LoggedRequest> found = skovik.findAll(pattern);
    assertThat(found).as("requests matching %s", pattern.build()).hasSize(1);
    return found.get(0);
  }

  protected LoggedRequest onlyRequest(RequestMethod method, String path) {
    return onlyRequest(RequestPatternBuilder.newRequestPattern(method, urlPathEqualTo(path)));
  }

  /** The JSON body that the one matching request carried. */
  protected static JsonNode bodyOf(LoggedRequest request) {
    return ScimJson.parse(request.getBody());
  }

  // ---- requests to the gateway -------------------------------------------------------------

  /** JSON written with single quotes for readability: {@code json("{'a': 1}")}. */
  protected static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** A request body from {@code src/test/resources/users/}. */
  protected static String fixture(String name) {
    try (InputStream in = UserGatewayTest.class.getResourceAsStream("/users/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture users/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected static String patchBody(String operationsSingleQuoted) {
    return json("{'schemas': ['" + PATCH_OP + "'], 'Operations': " + operationsSingleQuoted + "}");
  }

  protected ScimResponse send(HttpMethod method, String path, String body, String... headerPairs) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.add(headerPairs[i], headerPairs[i + 1]);
    }
    return gateway.send(method, path, body, headers);
  }

  // ---- assertions --------------------------------------------------------------------------

  /** A SCIM error document with this status and scimType (null: none), answered as SCIM JSON. */
  protected static JsonNode assertScimError(ScimResponse response, int status, String scimType) {
    assertThat(response.status()).as("status of %s", response).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/scim+json");
    JsonNode body = response.json();
    assertThat(body.path("schemas").get(0).asText()).isEqualTo(ERROR);
    assertThat(body.path("status").asText()).isEqualTo(String.valueOf(status));
    if (scimType == null) {
      assertThat(body.has("scimType")).as("scimType in %s", body).isFalse();
    } else {
      assertThat(body.path("scimType").asText()).isEqualTo(scimType);
    }
    assertThat(body.path("detail").asText()).isNotBlank();
    assertThat(response.header("Location")).as("Location on an error").isNull();
    assertThat(response.header("ETag")).as("ETag on an error").isNull();
    return body;
  }

  /** A single-user answer: status, SCIM media type, and Location and ETag matching meta. */
  protected static JsonNode assertUser(ScimResponse response, int status) {
    assertThat(response.status()).as("status of %s", response).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/scim+json");
    JsonNode user = response.json();
    assertThat(response.header("Location")).isEqualTo(user.path("meta").path("location").asText());
    assertThat(response.header("ETag")).isEqualTo(user.path("meta").path("version").asText());
    return user;
  }

  /** The absolute location the gateway gives a user. */
  protected String locationOf(String id) {
    return "http://127.0.0.1:" + gateway.port() + USERS + "/" + id;
  }
}
