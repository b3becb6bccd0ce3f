package com.skovik.scim.users;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.Projection;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.ScimSchemas;
import com.skovik.scim.scim.filter.AttributePath;
import com.skovik.scim.scim.filter.FilterEvaluator;
import com.skovik.scim.scim.filter.FilterValidator;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.skovik.Employee;
import com.skovik.scim.skovik.EmployeePage;
import com.skovik.scim.skovik.EmployeeQuery;
import com.skovik.scim.skovik.EmployeeSort;
import com.skovik.scim.skovik.SkovikClient;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Answers list requests. What Skovik's listing can answer is pushed down, so the common
 * lookups ({@code userName eq}, {@code externalId eq}, a page of everyone) cost one upstream
 * call. Anything else is evaluated here while streaming over Skovik's pages, up to a
 * configurable number of employees examined.
 */
public final class UserQueries {

  static final int PAGE_SIZE = EmployeeQuery.MAX_LIMIT;
  private static final long MIN_TIME_FOR_A_PAGE_NANOS = 1_000_000_000L;

  private final SkovikClient skovik;
  private final Divisions divisions;
  private final UserRenderer renderer;
  private final int maxResults;
  private final int scanLimit;

  UserQueries(SkovikClient skovik, Divisions divisions, UserRenderer renderer, int maxResults,
      int scanLimit) {
    this.skovik = skovik;
    this.divisions = divisions;
    this.renderer = renderer;
    this.maxResults = maxResults;
    this.scanLimit = scanLimit;
  }

  public Future<ObjectNode> search(UserCall call, UserQuery query) {
    ResourceSchema schema = call.tenant().userSchema();
    if (query.filter() != null) {
      FilterValidator.validate(query.filter(), schema);
    }
    SortKeys.check(query.sortBy(), schema);
    Projection projection = Projection.of(query.attributes(), query.excludedAttributes(), schema);
    int count = query.count() == null ? maxResults : Math.min(query.count(), maxResults);
    QueryPlan plan = QueryPlanner.plan(query.filter());
    Optional<EmployeeSort> upstreamSort = QueryPlanner.sortFor(query.sortBy(), query.descending());
    return branchFilter(call, plan).compose(division -> {
      if (division.matchesNothing()) {
        return Future.succeededFuture(new Result(0, List.of()));
      }
      String branch = division.branchIdOrNull();
      if (plan.fullyPushedDown() && upstreamSort.isPresent()) {
        return pushedDown(call, plan.toQuery(branch).sort(upstreamSort.get()), query.startIndex(), count);
      }
      EmployeeQuery.Builder listing =
          plan.toQuery(branch).sort(upstreamSort.orElse(EmployeeSort.CREATED_AT));
      Scan scan = upstreamSort.isPresent()
          ? new Scan(listing, plan, matcher(plan, schema),
              ListWindow.inArrivalOrder(query.startIndex(), count), null, view -> null)
          : new Scan(listing, plan, matcher(plan, schema),
              ListWindow.sortedBy(SortKeys.order(query.descending()), query.startIndex(), count),
              query.sortBy(), view -> SortKeys.keyOf(view, query.sortBy(), schema));
      return scan(call, scan).map(window -> new Result(window.matches(), window.window()));
    }).compose(result -> renderer.renderAll(call, result.employees())
        .map(users -> listResponse(result.total(), query.startIndex(), users, projection, schema)));
  }

  private static Predicate<ObjectNode> matcher(QueryPlan plan, ResourceSchema schema) {
    return plan.residual() == null ? view -> true : FilterEvaluator.matcher(plan.residual(), schema)::test;
  }

  /** The branch the division condition names; an unknown division matches nobody. */
  private Future<BranchFilter> branchFilter(UserCall call, QueryPlan plan) {
    if (plan.division() == null) {
      return Future.succeededFuture(BranchFilter.ANY);
    }
    return divisions.branchOf(call, plan.division())
        .map(found -> found.map(id -> new BranchFilter(false, id)).orElse(BranchFilter.NOBODY));
  }

  /** What the listing is asked about the branch: any, one branch id, or nobody at all. */
  private record BranchFilter(boolean matchesNothing, String branchIdOrNull) {
    static final BranchFilter ANY = new BranchFilter(false, null);
    static final BranchFilter NOBODY = new BranchFilter(true, null);
  }

  /** Skovik answers the whole query: one call per 200 users asked for, or one for a count. */
  private Future<Result> pushedDown(UserCall call, EmployeeQuery.Builder listing, int startIndex,
      int count) {
    if (count == 0) {
      return skovik.employees(call.upstream(), call.companyId(), listing.offset(0).limit(1).build())
          .map(page -> new Result(page.total(), List.of()));
    }
    return collect(call, listing, startIndex - 1L, count, new ArrayList<>());
  }

  private Future<Result> collect(UserCall call, EmployeeQuery.Builder listing, long offset,
      int wanted, List<Employee> into) {
    if (offset > Integer.MAX_VALUE - PAGE_SIZE) {
      // Past any real tenant: ask for the count alone.
      return pushedDown(call, listing, 1, 0).map(counted -> new Result(counted.total(), into));
    }
    int limit = Math.min(PAGE_SIZE, wanted - into.size());
    return skovik.employees(call.upstream(), call.companyId(),
            listing.offset((int) offset).limit(limit).build())
        .compose(page -> {
          into.addAll(page.data());
          boolean more = page.data().size() == limit && into.size() < wanted;
          return more
              ? collect(call, listing, offset + limit, wanted, into)
              : Future.succeededFuture(new Result(page.total(), into));
        });
  }

  /**
   * Streams over every page the pushed-down part selects, evaluating the rest here. Pages are
   * fetched in a loop that completes one promise at the end, rather than by composing one
   * future per page: a chain of futures as long as the tenant has pages unwinds recursively
   * when the last page completes, which overflows the stack past a few thousand pages.
   */
  private Future<ListWindow> scan(UserCall call, Scan scan) {
    Promise<ListWindow> done = Promise.promise();
    nextPage(call, scan, 0, done);
    return done.future();
  }

  private void nextPage(UserCall call, Scan scan, int offset, Promise<ListWindow> done) {
    Future.succeededFuture(offset)
        .compose(from -> skovik.employees(call.upstream(), call.companyId(),
            scan.listing().offset(from).limit(PAGE_SIZE).build()))
        .compose(page -> page.total() > scanLimit
            ? Future.failedFuture(tooMany("The gateway would have to examine " + page.total()
                + " users to answer this query, more than its limit of " + scanLimit, scan))
            : examine(call, scan, page))
        .onComplete(examined -> {
          try {
            if (examined.failed()) {
              done.fail(examined.cause());
            } else if (!hasMore(examined.result(), offset)) {
              done.complete(scan.window());
            } else if (call.upstream().remainingNanos() < MIN_TIME_FOR_A_PAGE_NANOS) {
              // Better a clear 400 than a 504 that would also suggest a change may have been made.
              done.fail(tooMany("The gateway examined " + (offset + examined.result().data().size())
                  + " of " + examined.result().total() + " users without finishing in the time it "
                  + "gives one request", scan));
            } else {
              nextPage(call, scan, offset + examined.result().data().size(), done);
            }
          } catch (RuntimeException bug) {
            // Whatever happens here, the request must be answered.
            done.tryFail(bug);
          }
        });
  }

  /** Offers this page's matches to the window; the page itself is dropped afterwards. */
  private Future<EmployeePage> examine(UserCall call, Scan scan, EmployeePage page) {
    Future<List<ObjectNode>> views = scan.namesManagers()
        ? renderer.renderAll(call, page.data())
        : renderer.editableAll(call, page.data());
    return views.map(rendered -> {
      for (int i = 0; i < rendered.size(); i++) {
        ObjectNode view = rendered.get(i);
        if (scan.matches().test(view)) {
          scan.window().offer(new ListWindow.Candidate(page.data().get(i), scan.sortKey().apply(view)));
        }
      }
      return page;
    });
  }

  private static boolean hasMore(EmployeePage page, int offset) {
    return !page.data().isEmpty() && (long) offset + page.data().size() < page.total();
  }

  /** 400 tooMany, naming what made the gateway examine users and what to filter on instead. */
  private static ScimException tooMany(String lead, Scan scan) {
    AttributePath gatewaySort = scan.gatewaySort();
    List<String> reasons = new ArrayList<>();
    if (!scan.plan().gatewayAttributes().isEmpty()) {
      reasons.add("Skovik cannot search by " + String.join(", ", scan.plan().gatewayAttributes()));
    }
    if (gatewaySort != null) {
      reasons.add("Skovik cannot sort by " + gatewaySort);
    }
    return ScimException.tooMany(lead
        + (reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")")
        + ". Add a condition Skovik answers itself, joined with \"and\": userName eq, externalId eq,"
        + " id eq, active eq, division eq, manager.value eq, meta.created gt or"
        + " meta.lastModified gt"
        + (gatewaySort == null ? "" : "; or sort by userName, name.givenName, name.familyName,"
            + " meta.created or meta.lastModified")
        + ".");
  }

  private static ObjectNode listResponse(long total, int startIndex, List<ObjectNode> users,
      Projection projection, ResourceSchema schema) {
    ObjectNode list = ScimJson.newObject();
    list.putArray("schemas").add(ScimSchemas.LIST_RESPONSE);
    list.put("totalResults", total);
    list.put("itemsPerPage", users.size());
    list.put("startIndex", startIndex);
    ArrayNode resources = list.putArray("Resources");
    users.forEach(user -> resources.add(projection.apply(user, schema)));
    return list;
  }

  /**
   * One streaming scan: the listing it pages through and the plan it came from, the residual
   * test, the window it fills, and for gateway sorting the attribute and the sort key of a view.
   *
   * @param gatewaySort null when Skovik sorts
   */
  private record Scan(EmployeeQuery.Builder listing, QueryPlan plan, Predicate<ObjectNode> matches,
      ListWindow window, AttributePath gatewaySort, Function<ObjectNode, Object> sortKey) {

    /** Managers' names cost one batched call per page: only when the filter or sort reads them. */
    boolean namesManagers() {
      return plan.namesManagers() || SortKeys.namesManager(gatewaySort);
    }
  }

  private record Result(long total, List<Employee> employees) {}
}
