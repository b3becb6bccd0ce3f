package com.skovik.scim.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.skovik.Employee;
import com.skovik.scim.skovik.SkovikClient;
import com.skovik.scim.skovik.EmployeePage;
import com.skovik.scim.skovik.EmployeeQuery;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the SCIM view of an employee, fetching what it points at: the branch's external
 * identifier (cached) and, when there is a superior, the superior's name (one call).
 */
final class UserRenderer {

  private final SkovikClient skovik;
  private final Divisions divisions;

  UserRenderer(SkovikClient skovik, Divisions divisions) {
    this.skovik = skovik;
    this.divisions = divisions;
  }

  /** The full resource, manager's displayName included. */
  Future<ObjectNode> render(UserCall call, Employee employee) {
    Future<String> division = divisions.divisionOf(call, employee.branchId());
    Future<String> managerName = managerName(call, employee.superiorId());
    return Future.all(division, managerName).map(both -> UserMapper.toScim(employee,
        new UserMapper.Related(division.result(), managerName.result()), call.tenant(),
        call.baseUrl()));
  }

  /** The resource as a PATCH or PUT starts from: no display names, which are read-only. */
  Future<ObjectNode> editable(UserCall call, Employee employee) {
    return divisions.divisionOf(call, employee.branchId()).map(division -> UserMapper.toScim(
        employee, new UserMapper.Related(division, null), call.tenant(), call.baseUrl()));
  }

  /**
   * A page of users: branches from the cache, and every superior's name from one batched
   * {@code ids} call (per 200 superiors) instead of one call per user.
   */
  Future<List<ObjectNode>> renderAll(UserCall call, List<Employee> employees) {
    List<String> superiorIds = employees.stream().map(Employee::superiorId)
        .filter(Objects::nonNull).distinct().toList();
    return Future.all(divisionsOf(call, employees), managerNames(call, superiorIds))
        .map(both -> {
          Map<String, String> divisionByBranch = both.resultAt(0);
          Map<String, String> names = both.resultAt(1);
          return employees.stream().map(employee -> UserMapper.toScim(employee,
              new UserMapper.Related(divisionByBranch.get(employee.branchId()),
                  employee.superiorId() == null ? null : names.get(employee.superiorId())),
              call.tenant(), call.baseUrl())).toList();
        });
  }

  /** Views to evaluate filters on: no superiors' names, which would cost calls. */
  Future<List<ObjectNode>> editableAll(UserCall call, List<Employee> employees) {
    return divisionsOf(call, employees).map(divisionByBranch -> employees.stream()
        .map(employee -> UserMapper.toScim(employee,
            new UserMapper.Related(divisionByBranch.get(employee.branchId()), null),
            call.tenant(), call.baseUrl()))
        .toList());
  }

  private Future<Map<String, String>> divisionsOf(UserCall call, List<Employee> employees) {
    List<String> branchIds = employees.stream().map(Employee::branchId).distinct().toList();
    List<Future<String>> lookups = branchIds.stream()
        .map(branchId -> divisions.divisionOf(call, branchId)).toList();
    return Future.all(lookups).map(done -> {
      Map<String, String> byBranch = new HashMap<>();
      for (int i = 0; i < branchIds.size(); i++) {
        byBranch.put(branchIds.get(i), lookups.get(i).result());
      }
      return byBranch;
    });
  }

  private Future<Map<String, String>> managerNames(UserCall call, List<String> superiorIds) {
    List<Future<EmployeePage>> batches = new ArrayList<>();
    for (int from = 0; from < superiorIds.size(); from += EmployeeQuery.MAX_IDS) {
      List<String> batch = superiorIds.subList(from,
          Math.min(superiorIds.size(), from + EmployeeQuery.MAX_IDS));
      batches.add(skovik.employees(call.upstream(), call.companyId(), EmployeeQuery.builder()
          .ids(batch).limit(EmployeeQuery.MAX_LIMIT).build()));
    }
    return Future.all(batches).map(done -> {
      Map<String, String> names = new HashMap<>();
      batches.forEach(batch -> batch.result().data().forEach(superior ->
          names.put(superior.id(), superior.firstName() + " " + superior.lastName())));
      return names;
    });
  }

  private Future<String> managerName(UserCall call, String superiorId) {
    if (superiorId == null) {
      return Future.succeededFuture();
    }
    return skovik.employee(call.upstream(), call.companyId(), superiorId)
        .map(superior -> superior.firstName() + " " + superior.lastName())
        // The name only decorates the reference. A superior deleted meanwhile, or a read that
        // fails (429, 5xx), leaves the reference without it: failing the answer after a create
        // or update that Skovik already made would have the identity provider repeat the write
        // (and meet a 409 on create).
        .recover(failure -> Future.succeededFuture());
  }
}
