package com.skovik.scim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.emulator.Employee;
import com.skovik.scim.support.EmulatorGatewayTest;
import com.skovik.scim.support.ScimResponse;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests in flight together, as a provisioning engine with parallel workers sends them: no
 * update is lost (the gateway writes with If-Match and applies again on a version conflict),
 * and one email gives one employee.
 */
class ConcurrentUpdatesTest extends EmulatorGatewayTest {

  private static final int PAIRS = 20;

  @Test
  void two_concurrent_patches_of_different_attributes_both_survive() {
    String id = seedEmployee(uniqueEmail("racer"), "Ada", "Lovelace").id();

    for (int round = 1; round <= PAIRS; round++) {
      String givenName = "Ada" + round;
      String costCenter = "CC-" + round;

      Future<ScimResponse> nameChange = sendAsync(HttpMethod.PATCH, user(id), replace("name.givenName", givenName));
      Future<ScimResponse> fieldChange = sendAsync(HttpMethod.PATCH, user(id),
          replace(SKOVIK + ":custom_field1", costCenter));
      await(Future.all(nameChange, fieldChange));

      assertThat(nameChange.result().status()).as("round %d name: %s", round, nameChange.result()).isEqualTo(200);
      assertThat(fieldChange.result().status()).as("round %d field: %s", round, fieldChange.result()).isEqualTo(200);
      Employee stored = employee(id);
      assertThat(stored.firstName()).as("round %d", round).isEqualTo(givenName);
      assertThat(stored.customFields()).as("round %d", round).containsEntry(CF_COST_CENTER, costCenter);
    }
    assertThat(emulator.requestCounts().get("PATCH /companies/{cid}/employees/{eid}"))
        .as("some pairs really raced: a write refused with 412 was read and applied again")
        .isGreaterThan(2 * PAIRS);
  }

  @Test
  void two_concurrent_patches_of_different_attributes_answer_each_with_its_own_change() {
    String id = seedEmployee(uniqueEmail("answers"), "Ada", "Lovelace").id();

    Future<ScimResponse> nameChange = sendAsync(HttpMethod.PATCH, user(id), replace("name.familyName", "Byron"));
    Future<ScimResponse> divisionChange = sendAsync(HttpMethod.PATCH, user(id),
        replace(ENTERPRISE + ":division", "SE-STO"));
    await(Future.all(nameChange, divisionChange));

    assertThat(nameChange.result().json().path("name").path("familyName").asText()).isEqualTo("Byron");
    assertThat(divisionChange.result().json().path(ENTERPRISE).path("division").asText()).isEqualTo("SE-STO");
    Employee stored = employee(id);
    assertThat(stored.lastName()).isEqualTo("Byron");
    assertThat(stored.branchId()).isEqualTo(STOCKHOLM);
  }

  @Test
  void two_concurrent_patches_of_different_custom_fields_both_survive() {
    String id = seedEmployee(uniqueEmail("fields"), "Ada", "Lovelace").id();
    List<String> levels = List.of("junior", "senior", "lead");

    for (int round = 1; round <= PAIRS; round++) {
      String costCenter = "CC-" + round;
      String level = levels.get(round % levels.size());

      Future<ScimResponse> first = sendAsync(HttpMethod.PATCH, user(id), replace(SKOVIK + ":custom_field1", costCenter));
      Future<ScimResponse> second = sendAsync(HttpMethod.PATCH, user(id), replace(SKOVIK + ":custom_field5", level));
      await(Future.all(first, second));

      assertThat(List.of(first.result().status(), second.result().status()))
          .as("round %d: %s / %s", round, first.result(), second.result()).containsOnly(200);
      assertThat(employee(id).customFields()).as("round %d", round)
          .containsEntry(CF_COST_CENTER, costCenter).containsEntry(CF_LEVEL, level);
    }
  }

  @Test
  void a_clients_if_match_is_honoured_rather_than_applied_again() {
    String id = seedEmployee(uniqueEmail("etag"), "Ada", "Lovelace").id();
    String etag = gateway.get(user(id)).header("ETag");

    assertUser(gateway.send(HttpMethod.PATCH, user(id), replace("name.givenName", "First"),
        headers("If-Match", etag)), 200);
    assertScimError(gateway.send(HttpMethod.PATCH, user(id), replace("name.givenName", "Second"),
        headers("If-Match", etag)), 412, null);
    assertScimError(gateway.send(HttpMethod.DELETE, user(id), null, headers("If-Match", etag)), 412, null);

    assertThat(employee(id).firstName()).isEqualTo("First");
  }

  @Test
  void concurrent_creates_with_the_same_email_give_one_201_and_one_409() {
    for (int round = 1; round <= 5; round++) {
      String userName = uniqueEmail("twin");
      String body = """
          {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
           "userName":"%s","name":{"givenName":"Twin","familyName":"%d"},"active":true}
          """.formatted(userName, round);

      Future<ScimResponse> first = sendAsync(HttpMethod.POST, USERS, body);
      Future<ScimResponse> second = sendAsync(HttpMethod.POST, USERS, body);
      await(Future.all(first, second));

      List<Integer> statuses = List.of(first.result().status(), second.result().status());
      assertThat(statuses).as("round %d: %s / %s", round, first.result(), second.result())
          .containsExactlyInAnyOrder(201, 409);
      ScimResponse conflict = first.result().status() == 409 ? first.result() : second.result();
      assertScimError(conflict, 409, "uniqueness");
      assertThat(employees()).filteredOn(e -> e.email().equals(userName)).hasSize(1);
    }
  }

  private static String replace(String path, String value) {
    return """
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations":[{"op":"replace","path":"%s","value":"%s"}]}
        """.formatted(path, value);
  }
}
