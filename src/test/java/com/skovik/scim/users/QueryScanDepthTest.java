package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.auth.Tenant;
import com.skovik.scim.scim.filter.FilterParser;
import com.skovik.scim.skovik.Branch;
import com.skovik.scim.skovik.BranchDirectory;
import com.skovik.scim.skovik.CallContext;
import com.skovik.scim.skovik.CustomField;
import com.skovik.scim.skovik.Employee;
import com.skovik.scim.skovik.EmployeePage;
import com.skovik.scim.skovik.EmployeePatch;
import com.skovik.scim.skovik.EmployeeQuery;
import com.skovik.scim.skovik.EmployeeStatus;
import com.skovik.scim.skovik.IdentityProvider;
import com.skovik.scim.skovik.NewEmployee;
import com.skovik.scim.skovik.SkovikClient;
import com.skovik.scim.support.GatewayClient;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The streaming scan over a tenant far larger than any test upstream: many thousands of pages,
 * each answered on a later turn of the event loop as a real HTTP client answers. The scan must
 * neither grow the stack nor keep pages with the number of pages.
 */
@ExtendWith(VertxExtension.class)
class QueryScanDepthTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void a_scan_over_twenty_thousand_pages_completes_without_exhausting_the_stack(Vertx vertx) {
    int pages = 20_000;
    PagingUpstream upstream = new PagingUpstream(vertx, pages);
    Tenant tenant = new Tenant("cmp_big", "idp_big", "br_1", List.of());
    Divisions divisions = new Divisions(new OneBranch());
    UserQueries queries = new UserQueries(upstream, divisions, new UserRenderer(upstream, divisions),
        200, 10_000_000);
    UserCall call = new UserCall(tenant, new CallContext("req-depth"), "http://gw/scim/v2");
    UserQuery query = new UserQuery(FilterParser.parse("name.familyName eq \"Last-19999\""), 1, 10,
        null, false, null, null);

    ObjectNode page = GatewayClient.await(vertx.getOrCreateContext().<ObjectNode>executeBlocking(
        () -> null).compose(nothing -> queries.search(call, query)));

    assertThat(page.path("totalResults").asLong()).isEqualTo(1);
    assertThat(page.path("Resources").path(0).path("id").asText()).isEqualTo("emp_19999");
    assertThat(upstream.listings.get()).isEqualTo(pages);
  }

  /** One employee a page, answered asynchronously like a network call. */
  private static final class PagingUpstream extends UnsupportedSkovik {
    private final Vertx vertx;
    private final int total;
    final AtomicInteger listings = new AtomicInteger();

    PagingUpstream(Vertx vertx, int total) {
      this.vertx = vertx;
      this.total = total;
    }

    @Override
    public Future<EmployeePage> employees(CallContext ctx, String companyId, EmployeeQuery query) {
      listings.incrementAndGet();
      Promise<EmployeePage> answer = Promise.promise();
      int offset = query.offset();
      List<Employee> data = offset < total ? List.of(employee(offset)) : List.of();
      vertx.runOnContext(nothing -> answer.complete(new EmployeePage(data, total, offset, 1)));
      return answer.future();
    }

    private static Employee employee(int n) {
      return new Employee("emp_" + n, "user" + n + "@example.com", "First", "Last-" + n,
          EmployeeStatus.ACTIVE, "br_1", null, null, Map.of(), T0, T0, 1);
    }
  }

  private static final class OneBranch implements BranchDirectory {
    private static final Branch BRANCH = new Branch("br_1", "One", "ONE", false);

    @Override
    public Future<Optional<Branch>> byExternalIdentifier(CallContext ctx, String companyId,
        String externalIdentifier) {
      return Future.succeededFuture(Optional.of(BRANCH));
    }

    @Override
    public Future<Optional<Branch>> byId(CallContext ctx, String companyId, String branchId) {
      return Future.succeededFuture(Optional.of(BRANCH));
    }

    @Override
    public void forget(String companyId, String branchId) {}

    @Override
    public void forgetExternalIdentifier(String companyId, String externalIdentifier) {}
  }

  private abstract static class UnsupportedSkovik implements SkovikClient {
    @Override
    public Future<JsonObject> jwks(CallContext ctx) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<IdentityProvider> identityProvider(CallContext ctx, String companyId, String id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<List<CustomField>> customFields(CallContext ctx, String companyId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<List<Branch>> branchesByExternalIdentifier(CallContext ctx, String companyId,
        String externalIdentifier) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Branch> branch(CallContext ctx, String companyId, String branchId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Employee> createEmployee(CallContext ctx, String companyId, NewEmployee employee,
        String idempotencyKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Employee> employee(CallContext ctx, String companyId, String employeeId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Employee> patchEmployee(CallContext ctx, String companyId, String employeeId,
        EmployeePatch patch, Long ifMatchVersion) {
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
}
