package com.skovik.scim.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.GatewayVerticle;
import com.skovik.scim.config.GatewayConfig;
import com.skovik.scim.emulator.CustomFieldType;
import com.skovik.scim.emulator.Employee;
import com.skovik.scim.emulator.EmployeeFields;
import com.skovik.scim.emulator.EmulatorOptions;
import com.skovik.scim.emulator.EmulatorStore;
import com.skovik.scim.emulator.IdentityProvider;
import com.skovik.scim.emulator.SkovikEmulator;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The end-to-end tier: the real gateway on a free port in front of the embedded Skovik emulator
 * on another, both in this test's Vert.x instance. Every test starts from the same seeded
 * company:
 * <ul>
 *   <li>branches Oslo ({@code NO-OSL}, {@code br_oslo}), Stockholm ({@code SE-STO}) and the
 *       archived Bergen ({@code NO-BGO});</li>
 *   <li>one custom field of every type: cost center (text), weekly hours (number), remote
 *       (boolean), start date (date), level (select: junior, senior, lead);</li>
 *   <li>identity provider {@value #IDP} with default branch Oslo and {@code custom_field1} …
 *       {@code custom_field5} mapped to the five fields in that order — {@link #gateway} speaks
 *       for it;</li>
 *   <li>identity provider {@value #STRICT_IDP} without a default branch (a division is required)
 *       that maps only {@code custom_field1} — {@link #strictGateway()} speaks for it;</li>
 *   <li>another company with one employee, which must stay invisible.</li>
 * </ul>
 * Tests assert what an identity provider sees (status, headers, SCIM body) and what Skovik
 * holds afterwards ({@link #store()}).
 */
@ExtendWith(VertxExtension.class)
public abstract class EmulatorGatewayTest {

  protected static final String COMPANY = "cmp_e2e";
  protected static final String IDP = "idp_main";
  protected static final String TOKEN_ID = "tok_main_1";
  protected static final String STRICT_IDP = "idp_strict";
  protected static final String STRICT_TOKEN_ID = "tok_strict_1";

  protected static final String OSLO = "br_oslo";
  protected static final String STOCKHOLM = "br_stockholm";
  protected static final String BERGEN_ARCHIVED = "br_bergen";

  protected static final String CF_COST_CENTER = "cf_cost_center";
  protected static final String CF_WEEKLY_HOURS = "cf_weekly_hours";
  protected static final String CF_REMOTE = "cf_remote";
  protected static final String CF_START_DATE = "cf_start_date";
  protected static final String CF_LEVEL = "cf_level";

  protected static final String OTHER_COMPANY = "cmp_other";
  protected static final String OTHER_COMPANY_EMPLOYEE = "emp_elsewhere";

  protected static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
  protected static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  protected static final String SKOVIK = "urn:ietf:params:scim:schemas:extension:skovik:2.0:User";
  protected static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
  protected static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
  protected static final String USERS = "/scim/v2/Users";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

  protected Vertx vertx;
  protected SkovikEmulator emulator;
  /** The gateway as identity provider {@value #IDP} calls it, with a Bearer token. */
  protected GatewayClient gateway;
  private int gatewayPort;
  private WebClient asyncClient;

  @BeforeEach
  void startGatewayInFrontOfTheEmulator(Vertx vertx) {
    this.vertx = vertx;
    emulator = GatewayClient.await(SkovikEmulator.start(vertx,
        EmulatorOptions.defaults().withPort(0).withRateLimitPerSecond(0)));
    seed(emulator.store());
    GatewayVerticle verticle = new GatewayVerticle(GatewayConfig.defaults()
        .withHttpPort(0)
        .withSkovik(URI.create(emulator.baseUrl()), emulator.serviceKey(), emulator.issuer()));
    GatewayClient.await(vertx.deployVerticle(verticle));
    gatewayPort = verticle.actualPort();
    gateway = new GatewayClient(vertx, gatewayPort, token(IDP, TOKEN_ID));
    asyncClient = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
        .setDefaultPort(gatewayPort).setFollowRedirects(false));
  }

  private static void seed(EmulatorStore store) {
    store.addCompany(COMPANY);
    store.addBranch(COMPANY, OSLO, "Oslo", "NO-OSL", false);
    store.addBranch(COMPANY, STOCKHOLM, "Stockholm", "SE-STO", false);
    store.addBranch(COMPANY, BERGEN_ARCHIVED, "Bergen", "NO-BGO", true);
    store.addCustomField(COMPANY, CF_COST_CENTER, "Cost center", CustomFieldType.TEXT, List.of());
    store.addCustomField(COMPANY, CF_WEEKLY_HOURS, "Weekly hours", CustomFieldType.NUMBER, List.of());
    store.addCustomField(COMPANY, CF_REMOTE, "Works remotely", CustomFieldType.BOOLEAN, List.of());
    store.addCustomField(COMPANY, CF_START_DATE, "Start date", CustomFieldType.DATE, List.of());
    store.addCustomField(COMPANY, CF_LEVEL, "Level", CustomFieldType.SELECT,
        List.of("junior", "senior", "lead"));
    store.addIdentityProvider(COMPANY, new IdentityProvider(IDP, "Main identity provider", true,
        List.of(TOKEN_ID), OSLO, Map.of(
            "custom_field1", CF_COST_CENTER,
            "custom_field2", CF_WEEKLY_HOURS,
            "custom_field3", CF_REMOTE,
            "custom_field4", CF_START_DATE,
            "custom_field5", CF_LEVEL)));
    store.addIdentityProvider(COMPANY, new IdentityProvider(STRICT_IDP, "Division required", true,
        List.of(STRICT_TOKEN_ID), null, Map.of("custom_field1", CF_COST_CENTER)));

    store.addCompany(OTHER_COMPANY);
    store.addBranch(OTHER_COMPANY, "br_elsewhere", "Elsewhere", "NO-OSL", false);
    store.addEmployee(OTHER_COMPANY, OTHER_COMPANY_EMPLOYEE,
        EmployeeFields.of("someone@elsewhere.example", "Some", "One", "br_elsewhere"));
  }

  // ---------------------------------------------------------------- clients

  /** A SCIM token for one of the seeded identity providers, as Skovik issues it. */
  protected String token(String identityProviderId, String tokenId) {
    return emulator.mintToken(COMPANY, identityProviderId, tokenId);
  }

  /** The gateway as identity provider {@value #STRICT_IDP} (no default branch) calls it. */
  protected GatewayClient strictGateway() {
    return new GatewayClient(vertx, gatewayPort, token(STRICT_IDP, STRICT_TOKEN_ID));
  }

  /** Sends without waiting, as {@link #gateway} would; for requests that must be in flight together. */
  protected Future<ScimResponse> sendAsync(HttpMethod method, String path, String body) {
    HttpRequest<Buffer> request = asyncClient.request(method, path)
        .putHeader("Authorization", "Bearer " + token(IDP, TOKEN_ID));
    if (body == null) {
      return request.send().map(ScimResponse::of);
    }
    return request.putHeader("Content-Type", "application/scim+json; charset=utf-8")
        .sendBuffer(Buffer.buffer(body)).map(ScimResponse::of);
  }

  protected static MultiMap headers(String... namesAndValues) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return headers;
  }

  protected static <T> T await(Future<T> future) {
    return GatewayClient.await(future);
  }

  // ---------------------------------------------------------------- Skovik's side

  protected EmulatorStore store() {
    return emulator.store();
  }

  protected Optional<Employee> findEmployee(String id) {
    return store().employee(COMPANY, id);
  }

  /** The employee behind a SCIM id, as Skovik holds it now. */
  protected Employee employee(String id) {
    return findEmployee(id).orElseThrow(() -> new AssertionError("no employee " + id + " in Skovik"));
  }

  protected List<Employee> employees() {
    return store().employees(COMPANY);
  }

  /** An active employee seeded directly into Skovik, in Oslo. */
  protected Employee seedEmployee(String email, String firstName, String lastName) {
    return store().addEmployee(COMPANY, EmployeeFields.of(email, firstName, lastName, OSLO));
  }

  // ---------------------------------------------------------------- request bodies

  /**
   * A request body from {@code src/test/resources/e2e/}, with every {@code {{name}}} replaced
   * by the value given for it (written as is, so JSON strings carry their own quotes in the file).
   */
  protected static String fixture(String name, Map<String, String> values) {
    String template;
    try (InputStream in = EmulatorGatewayTest.class.getResourceAsStream("/e2e/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture e2e/" + name);
      }
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder body = new StringBuilder();
    while (placeholder.find()) {
      String value = values.get(placeholder.group(1));
      if (value == null) {
        throw new IllegalArgumentException("fixture " + name + " needs a value for " + placeholder.group(1));
      }
      placeholder.appendReplacement(body, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(body);
    return body.toString();
  }

  protected static String fixture(String name) {
    return fixture(name, Map.of());
  }

  /** A fresh address, so that no two tests (or steps) collide. */
  protected static String uniqueEmail(String localPart) {
    return localPart + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  /** {@code /scim/v2/Users?filter=…} with the filter URL-encoded as {@code %20} and {@code %22}. */
  protected static String usersFiltered(String filter) {
    return USERS + "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
  }

  protected static String user(String id) {
    return USERS + "/" + id;
  }

  // ---------------------------------------------------------------- assertions

  /** A SCIM error as RFC 7644 §3.12 shapes it, with the SCIM media type; returns its detail. */
  protected static String assertScimError(ScimResponse response, int status, String scimTypeOrNull) {
    assertThat(response.status()).as("status of %s", response).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/scim+json");
    JsonNode error = response.json();
    assertThat(error.path("schemas").toString()).contains(ERROR);
    assertThat(error.path("status").asText()).isEqualTo(String.valueOf(status));
    if (scimTypeOrNull != null) {
      assertThat(error.path("scimType").asText()).as("scimType of %s", response).isEqualTo(scimTypeOrNull);
    }
    assertThat(error.path("detail").asText()).isNotBlank();
    return error.path("detail").asText();
  }

  /** A single-user answer: status, SCIM media type, Location and ETag agreeing with meta. */
  protected static JsonNode assertUser(ScimResponse response, int status) {
    assertThat(response.status()).as("status of %s", response).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/scim+json");
    JsonNode user = response.json();
    assertThat(user.path("id").asText()).isNotBlank();
    assertThat(response.header("Location")).isEqualTo(user.path("meta").path("location").asText())
        .endsWith(USERS + "/" + user.path("id").asText());
    assertThat(response.header("ETag")).isEqualTo(user.path("meta").path("version").asText())
        .startsWith("W/\"");
    return user;
  }

  /** A ListResponse; returns its Resources. */
  protected static JsonNode assertListResponse(ScimResponse response, int totalResults) {
    assertThat(response.status()).as("status of %s", response).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/scim+json");
    JsonNode list = response.json();
    assertThat(list.path("schemas").toString()).contains(LIST_RESPONSE);
    assertThat(list.path("totalResults").isIntegralNumber()).isTrue();
    assertThat(list.path("totalResults").asInt()).as("totalResults of %s", response).isEqualTo(totalResults);
    assertThat(list.path("startIndex").isIntegralNumber()).isTrue();
    assertThat(list.path("itemsPerPage").isIntegralNumber()).isTrue();
    return list.path("Resources");
  }
}
