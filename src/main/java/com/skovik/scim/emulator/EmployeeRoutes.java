package com.skovik.scim.emulator;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The employee endpoints: request parsing and answers; the behaviour lives in {@link EmployeeOperations}. */
final class EmployeeRoutes {

  private static final Pattern QUOTED_VERSION = Pattern.compile("\"(\\d{1,9})\"");

  private final EmployeeOperations employees;
  private final IdempotencyLedger idempotency;

  EmployeeRoutes(EmployeeOperations employees, IdempotencyLedger idempotency) {
    this.employees = employees;
    this.idempotency = idempotency;
  }

  void mount(EmulatorRoutes.Endpoints endpoints) {
    endpoints.add(HttpMethod.GET, "/companies/{cid}/employees", this::list);
    endpoints.add(HttpMethod.POST, "/companies/{cid}/employees", this::create);
    endpoints.add(HttpMethod.GET, "/companies/{cid}/employees/{eid}", this::get);
    endpoints.add(HttpMethod.PATCH, "/companies/{cid}/employees/{eid}", this::patch);
    endpoints.add(HttpMethod.POST, "/companies/{cid}/employees/{eid}/archive", this::archive);
    endpoints.add(HttpMethod.DELETE, "/companies/{cid}/employees/{eid}", this::delete);
  }

  private void list(RoutingContext ctx) {
    EmployeeQuery query = EmployeeQuery.parse(ctx.queryParams());
    HttpJson.sendOk(ctx, EmulatorJson.page(employees.list(ctx.pathParam("cid"), query)));
  }

  private void create(RoutingContext ctx) {
    String companyId = ctx.pathParam("cid");
    JsonObject body = HttpJson.requestObject(ctx);
    String key = ctx.request().getHeader("Idempotency-Key");
    IdempotencyLedger.Answer answer = key == null
        ? created(companyId, body)
        : idempotency.answerOnce(companyId, key, body, () -> created(companyId, body));
    HttpJson.send(ctx, answer.status(), answer.body());
  }

  private IdempotencyLedger.Answer created(String companyId, JsonObject body) {
    return new IdempotencyLedger.Answer(201, EmulatorJson.employee(employees.create(companyId, body)));
  }

  private void get(RoutingContext ctx) {
    HttpJson.sendOk(ctx, EmulatorJson.employee(employees.get(ctx.pathParam("cid"), ctx.pathParam("eid"))));
  }

  private void patch(RoutingContext ctx) {
    JsonObject patch = HttpJson.requestObject(ctx);
    OptionalInt expectedVersion = expectedVersion(ctx.request().getHeader("If-Match"));
    Employee patched = employees.patch(ctx.pathParam("cid"), ctx.pathParam("eid"), patch, expectedVersion);
    HttpJson.sendOk(ctx, EmulatorJson.employee(patched));
  }

  private void archive(RoutingContext ctx) {
    HttpJson.sendOk(ctx, EmulatorJson.employee(employees.archive(ctx.pathParam("cid"), ctx.pathParam("eid"))));
  }

  private void delete(RoutingContext ctx) {
    employees.delete(ctx.pathParam("cid"), ctx.pathParam("eid"));
    ctx.response().setStatusCode(204).end();
  }

  /** {@code "4"} → 4; absent or {@code *} → unconditional; anything else → 400. */
  private static OptionalInt expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.trim().equals("*")) {
      return OptionalInt.empty();
    }
    Matcher version = QUOTED_VERSION.matcher(ifMatch.trim());
    if (!version.matches()) {
      throw ApiError.badRequest("If-Match must be the version in double quotes, e.g. \"4\"");
    }
    return OptionalInt.of(Integer.parseInt(version.group(1)));
  }
}
