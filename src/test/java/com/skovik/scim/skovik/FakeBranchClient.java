package com.skovik.scim.skovik;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A {@link SkovikClient} for the branch directory: each branch call is recorded and answered
 * by a function the test sets, so a test can hold an answer back or fail it.
 */
final class FakeBranchClient implements SkovikClient {

  final List<String> calls = new CopyOnWriteArrayList<>();
  volatile Function<String, Future<List<Branch>>> byExternalIdentifier = ext -> Future.succeededFuture(List.of());
  volatile Function<String, Future<Branch>> byId = id -> Future.failedFuture(notFound());

  static SkovikApiException notFound() {
    return new SkovikApiException("branch.get", 404, SkovikApiException.NOT_FOUND, null, "branch not found", null);
  }

  @Override
  public Future<List<Branch>> branchesByExternalIdentifier(CallContext ctx, String companyId, String externalIdentifier) {
    calls.add(companyId + " ext " + externalIdentifier);
    return byExternalIdentifier.apply(externalIdentifier);
  }

  @Override
  public Future<Branch> branch(CallContext ctx, String companyId, String branchId) {
    calls.add(companyId + " id " + branchId);
    return byId.apply(branchId);
  }

  @Override
  public Future<JsonObject> jwks(CallContext ctx) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Future<IdentityProvider> identityProvider(CallContext ctx, String companyId, String identityProviderId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Future<List<CustomField>> customFields(CallContext ctx, String companyId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Future<EmployeePage> employees(CallContext ctx, String companyId, EmployeeQuery query) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Future<Employee> createEmployee(CallContext ctx, String companyId, NewEmployee employee, String idempotencyKey) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Future<Employee> employee(CallContext ctx, String companyId, String employeeId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Future<Employee> patchEmployee(CallContext ctx, String companyId, String employeeId, EmployeePatch patch,
      Long ifMatchVersion) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Future<Employee> archiveEmployee(CallContext ctx, String companyId, String employeeId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Future<Void> deleteEmployee(CallContext ctx, String companyId, String employeeId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Future<Void> ping(CallContext ctx) {
    throw new UnsupportedOperationException();
  }
}
