package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.support.EmployeeJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code attributes} and {@code excludedAttributes} on list answers, extension attributes
 * included, and managers' names for a whole page from one batched call.
 */
class QueryProjectionTest extends QueryGatewayTest {

  private static final EmployeeJson ADA = ada().externalId("ext-ada").superior("emp_grace")
      .customField("cf_cost_center", "4410").customField("cf_level", "senior");

  @BeforeEach
  void oneUserWithEverything() {
    stubListing(ADA);
    stubIdsLookup("emp_grace", grace());
  }

  @Test
  void the_full_user_by_default() {
    JsonNode ada = assertListResponse(gateway.get(USERS), 1, 1, 1).get(0);

    assertThat(names(ada)).contains("id", "externalId", "userName", "name", "displayName", "active",
        "emails", "meta", ENTERPRISE, SKOVIK);
    assertThat(ada.path(ENTERPRISE).path("manager").path("displayName").asText()).isEqualTo("Grace Hopper");
    assertThat(ada.path(SKOVIK).path("custom_field1").asText()).isEqualTo("4410");
  }

  @Test
  void attributes_keeps_what_is_named_and_the_id() {
    JsonNode ada = assertListResponse(gateway.get(USERS + "?attributes=userName,name.givenName"), 1, 1, 1).get(0);

    assertThat(ada.path("id").asText()).isEqualTo("emp_ada");
    assertThat(ada.path("userName").asText()).isEqualTo("ada.lovelace@example.com");
    assertThat(names(ada.path("name"))).containsExactly("givenName");
    assertThat(names(ada)).doesNotContain("externalId", "emails", "displayName", "active", ENTERPRISE, SKOVIK);
  }

  @Test
  void attributes_names_an_extension_attribute_by_its_urn() {
    JsonNode ada = assertListResponse(gateway.get(USERS + "?attributes=" + encode(ENTERPRISE + ":division")
        + "," + encode(SKOVIK + ":custom_field2")), 1, 1, 1).get(0);

    assertThat(names(ada.path(ENTERPRISE))).containsExactly("division");
    assertThat(names(ada.path(SKOVIK))).containsExactly("custom_field2");
    assertThat(names(ada)).doesNotContain("userName", "name");
  }

  @Test
  void attributes_names_an_extension_attribute_without_its_urn() {
    JsonNode ada = assertListResponse(gateway.get(USERS + "?attributes=manager.displayName,custom_field1"), 1, 1, 1).get(0);

    assertThat(ada.path(ENTERPRISE).path("manager").path("displayName").asText()).isEqualTo("Grace Hopper");
    assertThat(names(ada.path(ENTERPRISE).path("manager"))).containsExactly("displayName");
    assertThat(names(ada.path(SKOVIK))).containsExactly("custom_field1");
  }

  @Test
  void excluded_attributes_drops_an_extension_attribute() {
    JsonNode ada = assertListResponse(gateway.get(USERS + "?excludedAttributes="
        + encode(ENTERPRISE + ":manager") + ",emails"), 1, 1, 1).get(0);

    assertThat(names(ada.path(ENTERPRISE))).containsExactly("division");
    assertThat(names(ada)).doesNotContain("emails").contains("userName", SKOVIK);
  }

  @Test
  void excluded_attributes_drops_a_whole_extension() {
    JsonNode ada = assertListResponse(gateway.get(USERS + "?excludedAttributes=" + encode(SKOVIK)), 1, 1, 1).get(0);

    assertThat(names(ada)).doesNotContain(SKOVIK).contains(ENTERPRISE, "userName");
  }

  @Test
  void attributes_and_excluded_attributes_together_are_400_before_any_call() {
    assertScimError(gateway.get(USERS + "?attributes=userName&excludedAttributes=emails"), 400, null);

    assertThat(listingCalls()).isEmpty();
  }

  @Test
  void a_search_request_projects_with_arrays() {
    JsonNode ada = assertListResponse(gateway.post(USERS + "/.search",
        json("{'attributes': ['userName', '" + ENTERPRISE + ":division']}")), 1, 1, 1).get(0);

    assertThat(names(ada)).contains("id", "userName", ENTERPRISE).doesNotContain("name", SKOVIK);
    assertThat(names(ada.path(ENTERPRISE))).containsExactly("division");
  }

  @Test
  void projection_applies_to_every_user_of_a_filtered_page() {
    JsonNode users = assertListResponse(gateway.get(filtered("userName co \"ada\"") + "&attributes=userName"), 1, 1, 1);

    assertThat(names(users.get(0))).doesNotContain("name", "emails");
  }

  @Test
  void managers_names_for_a_page_come_from_one_batched_call() {
    stubListing(ADA, EmployeeJson.employee("emp_linus").superior("emp_grace"),
        EmployeeJson.employee("emp_bob").superior("emp_zoe"), EmployeeJson.employee("emp_solo"));
    stubIdsLookup("emp_grace,emp_zoe", grace(), EmployeeJson.employee("emp_zoe").firstName("Zoe").lastName("Zed"));

    JsonNode users = assertListResponse(gateway.get(USERS), 4, 4, 1);

    assertThat(users.get(0).path(ENTERPRISE).path("manager").path("displayName").asText()).isEqualTo("Grace Hopper");
    assertThat(users.get(1).path(ENTERPRISE).path("manager").path("displayName").asText()).isEqualTo("Grace Hopper");
    assertThat(users.get(2).path(ENTERPRISE).path("manager").path("displayName").asText()).isEqualTo("Zoe Zed");
    assertThat(users.get(3).path(ENTERPRISE).has("manager")).isFalse();
    assertThat(listingCalls()).containsExactly(
        params("sort", "created_at", "offset", "0", "limit", "200"),
        params("ids", "emp_grace,emp_zoe", "offset", "0", "limit", "200"));
    skovik.verify(0, getRequestedFor(urlPathMatching(EMPLOYEES + "/.+")));
  }

  @Test
  void a_manager_gone_from_skovik_leaves_the_reference_without_a_name() {
    stubListing(EmployeeJson.employee("emp_orphan").superior("emp_gone"));
    stubIdsLookup("emp_gone");

    JsonNode manager = assertListResponse(gateway.get(USERS), 1, 1, 1).get(0).path(ENTERPRISE).path("manager");

    assertThat(manager.path("value").asText()).isEqualTo("emp_gone");
    assertThat(manager.has("displayName")).isFalse();
  }

  @Test
  void a_page_without_managers_costs_no_name_call() {
    stubListing(EmployeeJson.employee("emp_a"), EmployeeJson.employee("emp_b"));

    assertListResponse(gateway.get(USERS), 2, 2, 1);

    assertThat(listingCalls()).hasSize(1);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
