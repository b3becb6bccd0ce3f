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
    Filter residual) {

  static final QueryPlan EVERYONE = new QueryPlan(null, null, null, null, null, null, null, null, null);

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
