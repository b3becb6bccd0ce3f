package com.skovik.scim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.emulator.Employee;
import com.skovik.scim.emulator.EmployeeStatus;
import com.skovik.scim.support.EmulatorGatewayTest;
import com.skovik.scim.support.ScimResponse;
import io.vertx.core.http.HttpMethod;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Google Workspace's auto-provisioning ({@code shared/reference/idp-clients.md} §3):
 * {@code application/json}, an existence check without {@code count}, a SCIM 1.0 URN in
 * {@code schemas}, and creates that may already be suspended.
 */
class GoogleWorkspaceTest extends EmulatorGatewayTest {

  @Test
  void the_existence_check_without_count_answers_an_empty_list() {
    ScimResponse probe = google(HttpMethod.GET,
        USERS + "?filter=userName%20eq%20%22someone%40domain.com%22&startIndex=1", null);

    assertThat(assertListResponse(probe, 0)).isEmpty();
  }

  @Test
  void a_create_with_a_scim_1_urn_is_accepted() {
    String userName = uniqueEmail("username");

    JsonNode user = assertUser(google(HttpMethod.POST, USERS,
        fixture("google/create.json", Map.of("userName", userName, "active", "true"))), 201);

    assertThat(user.path("active").asBoolean()).isTrue();
    assertThat(employee(user.path("id").asText()).email()).isEqualTo(userName);
  }

  @Test
  void a_create_of_a_suspended_user_creates_an_archived_employee() {
    String userName = uniqueEmail("suspended");

    JsonNode user = assertUser(google(HttpMethod.POST, USERS,
        fixture("google/create.json", Map.of("userName", userName, "active", "false"))), 201);

    assertThat(user.path("active").asBoolean()).isFalse();
    Employee stored = employee(user.path("id").asText());
    assertThat(stored.status()).isEqualTo(EmployeeStatus.ARCHIVED);
    assertThat(stored.email()).isEqualTo(userName);
  }

  private ScimResponse google(HttpMethod method, String path, String body) {
    return gateway.send(method, path, body, body == null
        ? headers("User-Agent", "Google-Auto-Provisioning")
        : headers("User-Agent", "Google-Auto-Provisioning", "Content-Type", "application/json"));
  }
}
