package com.skovik.scim.skovik;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * {@link SkovikClient} over one Vert.x {@link WebClient}, created here with connect, idle and
 * per-request timeouts. Which calls are retried: every GET, a PATCH with {@code If-Match}, a
 * create (it always carries an {@code Idempotency-Key}), archive and DELETE; never a PATCH
 * without {@code If-Match}; never a 429.
 */
public final class HttpSkovikClient implements SkovikClient {

  private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

  private final WebClient web;
  private final UpstreamTransport transport;
  private final UpstreamAnswers answers;

  public HttpSkovikClient(Vertx vertx, SkovikClientOptions options) {
    this(vertx, options, () -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC());
  }

  /**
   * @param jitter values in {@code [0, 1]} scaling each backoff ceiling (tests pass a constant)
   * @param clock to turn a {@code Retry-After} HTTP-date into seconds
   */
  public HttpSkovikClient(Vertx vertx, SkovikClientOptions options, DoubleSupplier jitter,
      Clock clock) {
    Objects.requireNonNull(options, "options");
    this.web = WebClient.create(vertx, webClientOptions(options),
        new PoolOptions().setHttp1MaxSize(options.maxPoolSize()));
    this.transport = new UpstreamTransport(vertx, web, options,
        new Backoff(options.backoffBase(), options.backoffCap(), jitter));
    this.answers = new UpstreamAnswers(clock);
  }

  private static WebClientOptions webClientOptions(SkovikClientOptions options) {
    // A pooled connection idles out well before servers usually drop theirs; an in-flight
    // call is bounded by the per-request timeout, so the connection idle timeout exceeds it.
    long idleMillis = Math.max(60_000, options.callTimeout().toMillis() + 1_000);
    return new WebClientOptions()
        .setUserAgent("skovik-scim-gateway")
        .setFollowRedirects(false)
        .setConnectTimeout(Math.toIntExact(options.connectTimeout().toMillis()))
        .setIdleTimeout(Math.toIntExact(idleMillis))
        .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
        .setKeepAliveTimeout(20);
  }

  @Override
  public Future<JsonObject> jwks(CallContext ctx) {
    UpstreamCall call = get("jwks.get", UpstreamPath.of("scim", "jwks"));
    return transport.send(ctx, call).map(answer -> answers.decodeJwkSet(call, answer));
  }

  @Override
  public Future<IdentityProvider> identityProvider(CallContext ctx, String companyId,
      String identityProviderId) {
    return one(ctx, get("identity-provider.get",
        UpstreamPath.of("companies", companyId, "identity-providers", identityProviderId)),
        IdentityProvider.class);
  }

  @Override
  public Future<List<CustomField>> customFields(CallContext ctx, String companyId) {
    String path = UpstreamPath.of("companies", companyId, "custom-fields");
    return list(ctx, get("custom-fields.list", path), CustomField.class);
  }

  @Override
  public Future<List<Branch>> branchesByExternalIdentifier(CallContext ctx, String companyId,
      String externalIdentifier) {
    Objects.requireNonNull(externalIdentifier, "externalIdentifier");
    String path = UpstreamPath.withQuery(UpstreamPath.of("companies", companyId, "branches"),
        Map.of("external_identifier", externalIdentifier));
    return list(ctx, get("branches.by-external-identifier", path), Branch.class);
  }

  @Override
  public Future<Branch> branch(CallContext ctx, String companyId, String branchId) {
    return one(ctx, get("branch.get", UpstreamPath.of("companies", companyId, "branches", branchId)),
        Branch.class);
  }

  @Override
  public Future<EmployeePage> employees(CallContext ctx, String companyId, EmployeeQuery query) {
    Objects.requireNonNull(query, "query");
    String path = UpstreamPath.withQuery(UpstreamPath.of("companies", companyId, "employees"),
        query.toQueryParameters());
    return one(ctx, get("employees.list", path), EmployeePage.class);
  }

  @Override
  public Future<Employee> createEmployee(CallContext ctx, String companyId, NewEmployee employee,
      String idempotencyKey) {
    Objects.requireNonNull(employee, "employee");
    if (idempotencyKey == null || idempotencyKey.isBlank()
        || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
      throw new IllegalArgumentException("an Idempotency-Key of 1 to 255 characters is required");
    }
    UpstreamCall call = UpstreamCall.of("employee.create", HttpMethod.POST,
            UpstreamPath.of("companies", companyId, "employees"))
        .withBody(json(employee))
        .withHeader("Idempotency-Key", idempotencyKey);
    return one(ctx, call, Employee.class);
  }

  @Override
  public Future<Employee> employee(CallContext ctx, String companyId, String employeeId) {
    return one(ctx, get("employee.get", employeePath(companyId, employeeId)), Employee.class);
  }

  @Override
  public Future<Employee> patchEmployee(CallContext ctx, String companyId, String employeeId,
      EmployeePatch patch, Long ifMatchVersion) {
    Objects.requireNonNull(patch, "patch");
    UpstreamCall call = UpstreamCall.of("employee.patch", HttpMethod.PATCH,
            employeePath(companyId, employeeId))
        .withBody(json(patch))
        .retriable(ifMatchVersion != null);
    UpstreamCall conditional = ifMatchVersion == null
        ? call
        : call.withHeader("If-Match", "\"" + ifMatchVersion + "\"");
    return one(ctx, conditional, Employee.class);
  }

  @Override
  public Future<Employee> archiveEmployee(CallContext ctx, String companyId, String employeeId) {
    return one(ctx, UpstreamCall.of("employee.archive", HttpMethod.POST,
        employeePath(companyId, employeeId) + "/archive"), Employee.class);
  }

  @Override
  public Future<Void> deleteEmployee(CallContext ctx, String companyId, String employeeId) {
    UpstreamCall call = UpstreamCall.of("employee.delete", HttpMethod.DELETE,
        employeePath(companyId, employeeId));
    return transport.send(ctx, call).map(answer -> {
      boolean deletedByAnEarlierAttempt = answer.status() == 404 && answer.earlierOutcomeUnknown();
      if (!deletedByAnEarlierAttempt) {
        answers.requireSuccess(call, answer);
      }
      return null;
    });
  }

  @Override
  public Future<Void> ping(CallContext ctx) {
    UpstreamCall call = get("ping", UpstreamPath.of("scim", "jwks")).retriable(false);
    return transport.send(ctx, call).map(answer -> {
      answers.requireSuccess(call, answer);
      return null;
    });
  }

  /** Closes the underlying web client and its connections. */
  public void close() {
    web.close();
  }

  private <T> Future<T> one(CallContext ctx, UpstreamCall call, Class<T> type) {
    return transport.send(ctx, call)
        .map(answer -> answers.decode(call, answer, UpstreamAnswers.type(type)));
  }

  private <T> Future<List<T>> list(CallContext ctx, UpstreamCall call, Class<T> element) {
    return transport.send(ctx, call).map(answer -> answers.decodeList(call, answer, element));
  }

  private static UpstreamCall get(String operation, String pathAndQuery) {
    return UpstreamCall.of(operation, HttpMethod.GET, pathAndQuery);
  }

  private static String employeePath(String companyId, String employeeId) {
    return UpstreamPath.of("companies", companyId, "employees", employeeId);
  }

  private static Buffer json(Object body) {
    try {
      return Buffer.buffer(SkovikJson.mapper().writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName(), e);
    }
  }
}
