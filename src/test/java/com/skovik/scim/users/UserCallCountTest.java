package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.support.EmployeeJson;
import com.skovik.scim.support.UserGatewayTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 3 §5: with the caches warm, every upstream call a SCIM request causes, counted exactly
 * and by name — create 1, read 1, PUT and PATCH 1 read + 1 write, deactivate 1 read + 1
 * archive, delete 1. The warm-up (signing keys, identity provider, custom fields, both
 * branches) happens before counting starts; any lookup it missed would show up in the lists.
 * A user with a manager costs one more call, to fetch the manager's name.
 */
class UserCallCountTest extends UserGatewayTest {

  private static final EmployeeJson BOB = EmployeeJson.employee("emp_bob").branch("br_bergen");

  @BeforeEach
  void warmTheCaches() {
    stubEmployee(BOB);
    stubEmployee(ada());
    assertThat(gateway.get(USERS + "/emp_bob").status()).isEqualTo(200);
    assertThat(gateway.get(USERS + "/emp_ada").status()).isEqualTo(200);
    skovik.resetRequests();
  }

  @Test
  void a_create_is_one_call() {
    stubCreate(ada().version(1));

    assertUser(gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """)), 201);

    assertThat(allCalls()).containsExactly("POST " + EMPLOYEES);
  }

  @Test
  void a_read_is_one_call() {
    assertUser(gateway.get(USERS + "/emp_ada"), 200);

    assertThat(allCalls()).containsExactly("GET " + employeePath("emp_ada"));
  }

  @Test
  void a_put_is_one_read_and_one_write() {
    stubPatch(ada().lastName("King").nextVersion());

    assertUser(gateway.put(USERS + "/emp_ada", json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'King'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """)), 200);

    assertThat(allCalls()).containsExactly("GET " + employeePath("emp_ada"),
        "PATCH " + employeePath("emp_ada"));
  }

  @Test
  void a_patch_is_one_read_and_one_write() {
    stubPatch(ada().lastName("King").nextVersion());

    assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name.familyName', 'value': 'King'}]
        """)), 200);

    assertThat(allCalls()).containsExactly("GET " + employeePath("emp_ada"),
        "PATCH " + employeePath("emp_ada"));
  }

  @Test
  void a_patch_that_moves_the_user_to_another_known_branch_is_one_read_and_one_write() {
    stubPatch(ada().branch("br_bergen").nextVersion());

    assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division',
          'value': 'NO-BGO'}]
        """)), 200);

    assertThat(allCalls()).containsExactly("GET " + employeePath("emp_ada"),
        "PATCH " + employeePath("emp_ada"));
  }

  @Test
  void a_patch_that_changes_nothing_is_one_read() {
    assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'name.familyName', 'value': 'Lovelace'}]
        """)), 200);

    assertThat(allCalls()).containsExactly("GET " + employeePath("emp_ada"));
  }

  @Test
  void a_deactivation_is_one_read_and_one_archive() {
    stubArchive(ada().archived().nextVersion());

    assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'value': {'active': false}}]
        """)), 200);

    assertThat(allCalls()).containsExactly("GET " + employeePath("emp_ada"),
        "POST " + employeePath("emp_ada") + "/archive");
  }

  @Test
  void a_delete_is_one_call() {
    stubDelete("emp_ada");

    assertThat(gateway.delete(USERS + "/emp_ada").status()).isEqualTo(204);

    assertThat(allCalls()).containsExactly("DELETE " + employeePath("emp_ada"));
  }

  @Test
  void a_user_with_a_manager_costs_one_more_call_for_the_managers_name() {
    stubEmployee(ada().superior("emp_grace"));
    stubEmployee(grace());

    assertUser(gateway.get(USERS + "/emp_ada"), 200);

    assertThat(allCalls()).containsExactly("GET " + employeePath("emp_ada"),
        "GET " + employeePath("emp_grace"));
  }

  @Test
  void a_create_with_active_false_is_the_create_and_the_archive() {
    stubCreate(ada().version(1));
    stubArchive(ada().archived().version(2));

    assertUser(gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'active': false,
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """)), 201);

    assertThat(allCalls()).containsExactly("POST " + EMPLOYEES, "POST " + employeePath("emp_ada") + "/archive");
  }

  /** Every request the upstream received, cache lookups included. */
  private List<String> allCalls() {
    return requests().stream().map(request -> request.getMethod().getName() + " " + request.getUrl())
        .toList();
  }
}
