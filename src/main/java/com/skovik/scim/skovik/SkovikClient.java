package com.skovik.scim.skovik;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The Skovik internal API, v1. Every call sends {@code ctx.requestId()} as {@code X-Request-Id}.
 *
 * <p>Futures fail with {@link SkovikApiException} for a decided non-2xx answer (status, code,
 * details, {@code Retry-After}) and with {@link SkovikUnavailableException} when no usable
 * answer came (connection, timeout, 5xx, undecodable body) after the retries the call
 * allows. Invalid arguments (null or blank ids, a query out of range) are rejected with an
 * exception before anything is sent.
 */
public interface SkovikClient {

  /** {@code GET /scim/jwks}: the JWK Set that signs SCIM tokens, {@code {"keys": [...]}}. */
  Future<JsonObject> jwks(CallContext ctx);

  /** {@code GET /companies/{cid}/identity-providers/{idp_id}}; unknown → 404 {@code not_found}. */
  Future<IdentityProvider> identityProvider(CallContext ctx, String companyId,
      String identityProviderId);

  /** {@code GET /companies/{cid}/custom-fields}: every definition of the company. */
  Future<List<CustomField>> customFields(CallContext ctx, String companyId);

  /** {@code GET /companies/{cid}/branches?external_identifier=X}: zero or one branch. */
  Future<List<Branch>> branchesByExternalIdentifier(CallContext ctx, String companyId,
      String externalIdentifier);

  /** {@code GET /companies/{cid}/branches/{bid}}; unknown → 404 {@code not_found}. */
  Future<Branch> branch(CallContext ctx, String companyId, String branchId);

  /** {@code GET /companies/{cid}/employees?…}: one page of the matches. */
  Future<EmployeePage> employees(CallContext ctx, String companyId, EmployeeQuery query);

  /**
   * {@code POST /companies/{cid}/employees} with {@code Idempotency-Key}: the key (at most
   * 255 characters) makes a repeat safe, so the call is retried with the same key.
   */
  Future<Employee> createEmployee(CallContext ctx, String companyId, NewEmployee employee,
      String idempotencyKey);

  /** {@code GET /companies/{cid}/employees/{eid}}; unknown or deleted → 404 {@code not_found}. */
  Future<Employee> employee(CallContext ctx, String companyId, String employeeId);

  /**
   * {@code PATCH /companies/{cid}/employees/{eid}} with a merge patch. With {@code
   * ifMatchVersion} the update is conditional ({@code If-Match: "<version>"}, 412 {@code
   * version_mismatch}) and is retried; without it, it is sent once.
   */
  Future<Employee> patchEmployee(CallContext ctx, String companyId, String employeeId,
      EmployeePatch patch, Long ifMatchVersion);

  /** {@code POST /companies/{cid}/employees/{eid}/archive}: idempotent; the archived employee. */
  Future<Employee> archiveEmployee(CallContext ctx, String companyId, String employeeId);

  /**
   * {@code DELETE /companies/{cid}/employees/{eid}}. Retried; a 404 after an attempt whose
   * outcome was unknown counts as success, since that attempt deleted the employee.
   */
  Future<Void> deleteEmployee(CallContext ctx, String companyId, String employeeId);

  /** Readiness: one {@code GET /scim/jwks}, without retries, answered 2xx. */
  Future<Void> ping(CallContext ctx);
}
