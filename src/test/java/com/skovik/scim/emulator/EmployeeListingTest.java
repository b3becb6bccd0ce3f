package com.skovik.scim.emulator;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxTestContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmployeeListingTest extends EmulatorHttpTest {

  private Employee carol;
  private Employee alice;
  private Employee bob;
  private Employee dave;

  @BeforeEach
  void seedEmployees() {
    EmulatorStore store = emulator.store();
    carol = store.addEmployee(TestTenant.COMPANY,
        EmployeeFields.of("carol@example.com", "Carol", "Smith", "br_oslo").withExternalId("EXT-1"));
    alice = store.addEmployee(TestTenant.COMPANY, EmployeeFields.of("alice@example.com", "Alice", "Jones", "br_bergen")
        .withSuperiorId(carol.id()).withExternalId("ext-1"));
    bob = store.addEmployee(TestTenant.COMPANY,
        EmployeeFields.of("Bob@example.com", "bob", "Smith", "br_oslo").withSuperiorId(carol.id()));
    dave = store.addEmployee(TestTenant.COMPANY, EmployeeFields.of("dave@example.com", "Dave", "Brown", "br_oslo"));
    dave = store.archiveEmployee(TestTenant.COMPANY, dave.id());
  }

  /** GET /employees?query, asserting 200. */
  private Future<JsonObject> list(String query) {
    return api.get(TestTenant.EMPLOYEES + (query.isEmpty() ? "" : "?" + query)).map(response -> {
      assertThat(response.statusCode()).as(query + ": " + response.bodyAsString()).isEqualTo(200);
      return response.bodyAsJsonObject();
    });
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("data").stream().map(employee -> ((JsonObject) employee).getString("id")).toList();
  }

  private static List<String> ids(Employee... employees) {
    return Stream.of(employees).map(Employee::id).toList();
  }

  private static List<String> idsSortedTogether(Employee... tied) {
    return Stream.of(tied).map(Employee::id).sorted().toList();
  }

  @Test
  void list_without_parameters_answers_everyone_by_creation_with_total(VertxTestContext testContext) {
    verifyThenComplete(testContext, list(""), page -> {
      assertThat(ids(page)).isEqualTo(ids(carol, alice, bob, dave));
      assertThat(page.getInteger("total")).isEqualTo(4);
      assertThat(page.getInteger("offset")).isZero();
      assertThat(page.getInteger("limit")).isEqualTo(50);
      assertThat(page.getJsonArray("data").getJsonObject(3)).isEqualTo(EmulatorJson.employee(dave));
    });
  }

  @Test
  void offset_and_limit_page_through_while_total_counts_every_match(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        list("limit=2&offset=1").compose(middle -> list("offset=10").map(beyond -> List.of(middle, beyond))),
        pages -> {
          assertThat(ids(pages.get(0))).isEqualTo(ids(alice, bob));
          assertThat(pages.get(0).getInteger("total")).isEqualTo(4);
          assertThat(pages.get(0).getInteger("limit")).isEqualTo(2);
          assertThat(pages.get(0).getInteger("offset")).isEqualTo(1);
          assertThat(ids(pages.get(1))).isEmpty();
          assertThat(pages.get(1).getInteger("total")).isEqualTo(4);
        });
  }

  @Test
  void ids_select_the_named_employees_of_this_company_only(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        list("ids=" + bob.id() + "," + carol.id() + ",emp_unknown," + TestTenant.OTHER_EMPLOYEE),
        page -> {
          assertThat(ids(page)).isEqualTo(ids(carol, bob));
          assertThat(page.getInteger("total")).isEqualTo(2);
        });
  }

  @Test
  void two_hundred_ids_are_allowed_but_not_more(VertxTestContext testContext) {
    String twoHundred = IntStream.range(0, 200).mapToObj(i -> "emp_" + i).collect(Collectors.joining(","));
    verifyThenComplete(testContext,
        list("ids=" + twoHundred).compose(ok -> api.get(TestTenant.EMPLOYEES + "?ids=" + twoHundred + ",emp_x")),
        tooMany -> {
          assertThat(tooMany.statusCode()).isEqualTo(400);
          assertThat(error(tooMany).getString("code")).isEqualTo("bad_request");
        });
  }

  @Test
  void email_matches_exactly_but_ignores_case(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        list("email=CAROL@EXAMPLE.COM").compose(exact -> list("email=bob@example.com")
            .compose(lowerCase -> list("email=carol@example").map(partial -> List.of(exact, lowerCase, partial)))),
        pages -> {
          assertThat(ids(pages.get(0))).isEqualTo(ids(carol));
          assertThat(ids(pages.get(1))).isEqualTo(ids(bob));
          assertThat(ids(pages.get(2))).isEmpty();
        });
  }

  @Test
  void external_id_matches_case_sensitively(VertxTestContext testContext) {
    verifyThenComplete(testContext, list("external_id=ext-1"), page -> assertThat(ids(page)).isEqualTo(ids(alice)));
  }

  @Test
  void status_branch_and_superior_combine_with_and(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        list("status=active&branch_id=br_oslo&superior_id=" + carol.id())
            .compose(combined -> list("status=archived").map(archived -> List.of(combined, archived))),
        pages -> {
          assertThat(ids(pages.get(0))).isEqualTo(ids(bob));
          assertThat(ids(pages.get(1))).isEqualTo(ids(dave));
        });
  }

  @Test
  void updated_after_and_created_after_are_strictly_after(VertxTestContext testContext) {
    String aliceCreated = EmulatorJson.timestamp(alice.createdAt());
    String daveArchivedInOslo = dave.updatedAt().atOffset(java.time.ZoneOffset.ofHours(1)).toString()
        .replace("+", "%2B");
    verifyThenComplete(testContext,
        list("created_after=" + aliceCreated)
            .compose(created -> list("updated_after=" + EmulatorJson.timestamp(bob.updatedAt()))
                .compose(updated -> list("updated_after=" + daveArchivedInOslo)
                    .map(none -> List.of(created, updated, none)))),
        pages -> {
          assertThat(ids(pages.get(0))).isEqualTo(ids(bob, dave));
          assertThat(ids(pages.get(1))).isEqualTo(ids(dave));
          assertThat(ids(pages.get(2))).isEmpty();
        });
  }

  @Test
  void sort_by_last_name_breaks_ties_by_id_in_both_directions(VertxTestContext testContext) {
    List<String> smiths = idsSortedTogether(carol, bob);
    verifyThenComplete(testContext,
        list("sort=last_name").compose(ascending -> list("sort=-last_name").map(descending -> List.of(ascending, descending))),
        pages -> {
          assertThat(ids(pages.get(0))).isEqualTo(concat(ids(dave, alice), smiths));
          assertThat(ids(pages.get(1))).isEqualTo(concat(smiths, ids(alice, dave)));
        });
  }

  @Test
  void sort_by_first_name_and_email_ignore_case(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        list("sort=first_name").compose(byFirstName -> list("sort=-email").map(byEmail -> List.of(byFirstName, byEmail))),
        pages -> {
          assertThat(ids(pages.get(0))).isEqualTo(ids(alice, bob, carol, dave));
          assertThat(ids(pages.get(1))).isEqualTo(ids(dave, carol, bob, alice));
        });
  }

  @Test
  void sort_by_updated_at_follows_the_latest_change(VertxTestContext testContext) {
    verifyThenComplete(testContext,
        api.patch(TestTenant.employee(alice.id()), new JsonObject().put("last_name", "Jones-Smith"))
            .compose(patched -> list("sort=updated_at").compose(ascending -> list("sort=-created_at")
                .map(newestFirst -> List.of(ascending, newestFirst)))),
        pages -> {
          assertThat(ids(pages.get(0))).isEqualTo(ids(carol, bob, dave, alice));
          assertThat(ids(pages.get(1))).isEqualTo(ids(dave, bob, alice, carol));
        });
  }

  @Test
  void employees_created_in_the_same_instant_sort_by_id(VertxTestContext testContext) {
    List<Employee> batch = emulator.store().addEmployees(TestTenant.COMPANY, List.of(
        EmployeeFields.of("x1@example.com", "X", "One", "br_bergen"),
        EmployeeFields.of("x2@example.com", "X", "Two", "br_bergen"),
        EmployeeFields.of("x3@example.com", "X", "Three", "br_bergen")));
    verifyThenComplete(testContext, list("branch_id=br_bergen&sort=created_at&created_after="
            + EmulatorJson.timestamp(dave.updatedAt())),
        page -> assertThat(ids(page))
            .isEqualTo(batch.stream().map(Employee::id).sorted(Comparator.naturalOrder()).toList()));
  }

  @Test
  void deleted_employees_are_not_listed(VertxTestContext testContext) {
    verifyThenComplete(testContext, api.delete(TestTenant.employee(bob.id())).compose(deleted -> list("")),
        page -> {
          assertThat(ids(page)).isEqualTo(ids(carol, alice, dave));
          assertThat(page.getInteger("total")).isEqualTo(3);
        });
  }

  @Test
  void malformed_or_unknown_parameters_are_bad_requests(VertxTestContext testContext) {
    List<String> badQueries = List.of("status=gone", "sort=name", "sort=--email", "sort=EMAIL", "limit=0",
        "limit=201", "limit=ten", "offset=-1", "offset=1.5", "updated_after=yesterday", "created_after=2026-11-30",
        "first_name=Ada", "email=", "ids=a,,b", "email=a@example.com&email=b@example.com");
    Map<String, Integer> statusByQuery = new LinkedHashMap<>();
    Future<Void> all = Future.succeededFuture();
    for (String query : badQueries) {
      all = all.compose(previous -> api.get(TestTenant.EMPLOYEES + "?" + query).map(response -> {
        statusByQuery.put(query, response.statusCode());
        assertThat(error(response).getString("code")).isEqualTo("bad_request");
        return null;
      }));
    }
    verifyThenComplete(testContext, all,
        done -> assertThat(statusByQuery).hasSize(badQueries.size()).allSatisfy((query, status) ->
            assertThat(status).as(query).isEqualTo(400)));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> joined = new ArrayList<>(first);
    joined.addAll(second);
    return joined;
  }
}
