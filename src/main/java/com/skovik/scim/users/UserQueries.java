package com.skovik.scim.users;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.Projection;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.ScimSchemas;
import com.skovik.scim.scim.filter.FilterEvaluator;
import com.skovik.scim.scim.filter.FilterValidator;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.skovik.Employee;
import com.skovik.scim.skovik.EmployeePage;
import com.skovik.scim.skovik.EmployeeQuery;
import com.skovik.scim.skovik.EmployeeSort;
import com.skovik.scim.skovik.SkovikClient;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Answers list requests. What Skovik's listing can answer is pushed down, so the common
 * lookups ({@code userName eq}, {@code externalId eq}, a page of everyone) cost one upstream
 * call. Anything else is evaluated here while streaming over Skovik's pages, up to a
 * configurable number of employees examined.
 */
public final class UserQueries {

  static final int PAGE_SIZE = EmployeeQuery.MAX_LIMIT;

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
    Projection projection = Projection.of(query.attributes(), query.excludedAttributes(), schema);
    int count = query.count() == null ? maxResults : Math.min(query.count(), maxResults);
    QueryPlan plan = QueryPlanner.plan(query.filter());
    Optional<EmployeeSort> upstreamSort = QueryPlanner.sortFor(query.sortBy(), query.descending());
    return branchFilter(call, plan).compose(branchId -> {
      if (branchId.isEmpty()) {
        return Future.succeededFuture(new Result(0, List.of()));
      }
      String branch = branchId.get().isEmpty() ? null : branchId.get();
      if (plan.fullyPushedDown() && upstreamSort.isPresent()) {
        return pushedDown(call, plan.toQuery(branch).sort(upstreamSort.get()), query.startIndex(), count);
      }
      ListWindow window = upstreamSort.isPresent()
          ? ListWindow.inArrivalOrder(query.startIndex(), count)
          : ListWindow.sortedBy(SortKeys.order(query.sortBy(), query.descending(), schema),
              query.startIndex(), count);
      Predicate<ObjectNode> matches = plan.residual() == null
          ? view -> true
          : FilterEvaluator.matcher(plan.residual(), schema)::test;
      EmployeeQuery.Builder listing =
          plan.toQuery(branch).sort(upstreamSort.orElse(EmployeeSort.CREATED_AT));
      return scan(call, listing, 0, matches, window, query, schema)
          .map(done -> new Result(done.matches(), done.window()));
    }).compose(result -> renderer.renderAll(call, result.employees())
        .map(users -> listResponse(result.total(), query.startIndex(), users, projection, schema)));
  }

  /**
   * The branch id to filter on: empty when the division is unknown (nothing can match), an
   * empty string when the filter names no division.
   */
  private Future<Optional<String>> branchFilter(UserCall call, QueryPlan plan) {
    if (plan.division() == null) {
      return Future.succeededFuture(Optional.of(""));
    }
    return divisions.branchOf(call, plan.division());
  }

  /** Skovik answers the whole query: one call per 200 users asked for, or one for a count. */
  private Future<Result> pushedDown(UserCall call, EmployeeQuery.Builder listing, int startIndex,
      int count) {
    if (count == 0) {
      return skovik.employees(call.upstream(), call.companyId(), listing.offset(0).limit(1).build())
          .map(page -> new Result(page.total(), List.of()));
    }
    return collect(call, listing, startIndex - 1, count, new ArrayList<>());
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

  /** Streams over every page the pushed-down part selects, evaluating the rest here. */
  private Future<ListWindow> scan(UserCall call, EmployeeQuery.Builder listing, int offset,
      Predicate<ObjectNode> matches, ListWindow window, UserQuery query, ResourceSchema schema) {
    return skovik.employees(call.upstream(), call.companyId(),
            listing.offset(offset).limit(PAGE_SIZE).build())
        .compose(page -> {
          if (page.total() > scanLimit) {
            return Future.failedFuture(tooMany());
          }
          return renderer.editableAll(call, page.data()).map(views -> {
            for (int i = 0; i < views.size(); i++) {
              ObjectNode view = views.get(i);
              if (matches.test(view)) {
                window.offer(new ListWindow.Candidate(page.data().get(i),
                    SortKeys.keyOf(view, query.sortBy(), schema)));
              }
            }
            return page;
          });
        })
        .compose(page -> hasMore(page, offset)
            ? scan(call, listing, offset + page.data().size(), matches, window, query, schema)
            : Future.succeededFuture(window));
  }

  private static boolean hasMore(EmployeePage page, int offset) {
    return !page.data().isEmpty() && offset + page.data().size() < page.total();
  }

  private ScimException tooMany() {
    return ScimException.tooMany("The filter would need more than " + scanLimit + " users "
        + "examined. Narrow it with a condition Skovik can answer directly: userName eq, "
        + "externalId eq, id eq, active eq, division eq, manager.value eq, or "
        + "meta.lastModified gt.");
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

  private record Result(long total, List<Employee> employees) {}
}
