package com.skovik.scim.users;

import com.skovik.scim.scim.filter.Filter;
import com.skovik.scim.skovik.EmployeeQuery;
import com.skovik.scim.skovik.EmployeeStatus;
import java.time.Instant;
import java.util.List;

/**
 * How a filter is answered: the part Skovik's listing can answer (its query parameters) and the
 * residual filter the gateway evaluates over what comes back. A plan without residual costs
 * the upstream calls of one page.
 *
 * @param division an external identifier still to be resolved to a branch id, or null
 * @param residual null when Skovik answers the whole filter
 * @param gatewayAttributes the attribute paths, as the client wrote them, that only the gateway
 *     can evaluate; for error details
 * @param namesManagers whether the residual looks at {@code manager.displayName}, which costs
 *     a call per page to evaluate
 */
record QueryPlan(
    List<String> ids,
    String email,
    String externalId,
    EmployeeStatus status,
    String division,
    String superiorId,
    Instant updatedAfter,
    Instant createdAfter,
    Filter residual,
    List<String> gatewayAttributes,
    boolean namesManagers) {

  static final QueryPlan EVERYONE =
      new QueryPlan(null, null, null, null, null, null, null, null, null, List.of(), false);

  QueryPlan {
    ids = ids == null ? null : List.copyOf(ids);
    gatewayAttributes = List.copyOf(gatewayAttributes);
  }

  boolean fullyPushedDown() {
    return residual == null;
  }

  /** The listing parameters, with the division already resolved to {@code branchId}. */
  EmployeeQuery.Builder toQuery(String branchIdOrNull) {
    return EmployeeQuery.builder()
        .ids(ids)
        .email(email)
        .externalId(externalId)
        .status(status)
        .branchId(branchIdOrNull)
        .superiorId(superiorId)
        .updatedAfter(updatedAfter)
        .createdAfter(createdAfter);
  }
}
