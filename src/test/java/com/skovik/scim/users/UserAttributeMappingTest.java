package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.skovik.scim.support.EmployeeJson;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import org.junit.jupiter.api.Test;

/**
 * The core rows of the mapping table (issue 3 §1) in both directions: id, externalId,
 * userName ↔ email, name ↔ first and last name, the derived displayName, name.formatted and
 * emails, and meta with its headers.
 */
class UserAttributeMappingTest extends UserGatewayTest {

  // ---- Skovik → SCIM -----------------------------------------------------------------------

  @Test
  void an_employee_reads_as_a_user_with_every_mapped_attribute() {
    stubEmployee(ada().externalId("4f1c9e2a-AbC").version(7));

    ScimResponse response = gateway.get(USERS + "/emp_ada");

    JsonNode user = assertUser(response, 200);
    assertThat(user.path("schemas")).extracting(JsonNode::asText).containsExactly(CORE, ENTERPRISE);
    assertThat(user.path("id").asText()).isEqualTo("emp_ada");
    assertThat(user.path("externalId").asText()).isEqualTo("4f1c9e2a-AbC");
    assertThat(user.path("userName").asText()).isEqualTo("ada.lovelace@example.com");
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("Ada");
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("Lovelace");
    assertThat(user.path("name").path("formatted").asText()).isEqualTo("Ada Lovelace");
    assertThat(user.path("displayName").asText()).isEqualTo("Ada Lovelace");
    assertThat(user.path("active").isBoolean()).isTrue();
    assertThat(user.path("active").asBoolean()).isTrue();
    assertThat(user.path(ENTERPRISE).path("division").asText()).isEqualTo("NO-OSL");
    assertThat(user.path(ENTERPRISE).has("manager")).isFalse();
  }

  @Test
  void emails_are_derived_from_the_email_as_one_primary_work_address() {
    stubEmployee(ada());

    JsonNode user = assertUser(gateway.get(USERS + "/emp_ada"), 200);

    assertThat(user.path("emails")).hasSize(1);
    JsonNode email = user.path("emails").get(0);
    assertThat(email.path("value").asText()).isEqualTo("ada.lovelace@example.com");
    assertThat(email.path("type").asText()).isEqualTo("work");
    assertThat(email.path("primary").isBoolean()).isTrue();
    assertThat(email.path("primary").asBoolean()).isTrue();
  }

  @Test
  void meta_carries_the_resource_type_timestamps_absolute_location_and_weak_version() {
    stubEmployee(ada().version(12));

    ScimResponse response = gateway.get(USERS + "/emp_ada");

    JsonNode meta = assertUser(response, 200).path("meta");
    assertThat(meta.path("resourceType").asText()).isEqualTo("User");
    assertThat(meta.path("created").asText()).isEqualTo(EmployeeJson.CREATED_AT);
    assertThat(meta.path("lastModified").asText()).isEqualTo(EmployeeJson.UPDATED_AT);
    assertThat(meta.path("location").asText()).isEqualTo(locationOf("emp_ada"));
    assertThat(meta.path("version").asText()).isEqualTo("W/\"12\"");
    assertThat(response.header("ETag")).isEqualTo("W/\"12\"");
    assertThat(response.header("Location")).isEqualTo(locationOf("emp_ada"));
  }

  @Test
  void an_employee_without_external_id_reads_without_externalId() {
    stubEmployee(ada().externalId(null));

    JsonNode user = assertUser(gateway.get(USERS + "/emp_ada"), 200);

    assertThat(user.has("externalId")).isFalse();
  }

  @Test
  void stored_values_are_returned_exactly_as_stored() {
    stubEmployee(ada().email("Ada.LOVELACE@Example.com").firstName("ada maría")
        .lastName("de la Cruz-O'Brien").externalId("MiXeD-Case-ID"));

    JsonNode user = assertUser(gateway.get(USERS + "/emp_ada"), 200);

    assertThat(user.path("userName").asText()).isEqualTo("Ada.LOVELACE@Example.com");
    assertThat(user.path("emails").get(0).path("value").asText()).isEqualTo("Ada.LOVELACE@Example.com");
    assertThat(user.path("name").path("givenName").asText()).isEqualTo("ada maría");
    assertThat(user.path("name").path("familyName").asText()).isEqualTo("de la Cruz-O'Brien");
    assertThat(user.path("displayName").asText()).isEqualTo("ada maría de la Cruz-O'Brien");
    assertThat(user.path("externalId").asText()).isEqualTo("MiXeD-Case-ID");
  }

  // ---- SCIM → Skovik on create -------------------------------------------------------------

  @Test
  void userName_name_and_externalId_are_sent_exactly_as_given() {
    stubCreate(ada().email("Ada.LOVELACE@Example.com").firstName("ada").lastName("de la Cruz")
        .externalId("00ujl29u0le5T6Aj10h7").version(1));

    ScimResponse response = gateway.post(USERS, json("""
        {'userName': 'Ada.LOVELACE@Example.com', 'externalId': '00ujl29u0le5T6Aj10h7',
         'name': {'givenName': 'ada', 'familyName': 'de la Cruz'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """));

    JsonNode user = assertUser(response, 201);
    assertThat(user.path("userName").asText()).isEqualTo("Ada.LOVELACE@Example.com");
    assertThat(user.path("externalId").asText()).isEqualTo("00ujl29u0le5T6Aj10h7");
    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES)).withRequestBody(equalToJson("""
        {"email": "Ada.LOVELACE@Example.com", "first_name": "ada", "last_name": "de la Cruz",
         "branch_id": "br_oslo", "external_id": "00ujl29u0le5T6Aj10h7"}
        """)));
  }

  @Test
  void externalId_is_optional_and_not_sent_when_absent() {
    stubCreate(ada().version(1));

    assertUser(gateway.post(USERS, adaWith("")), 201);

    JsonNode sent = bodyOf(onlyRequest(RequestMethod.POST, EMPLOYEES));
    assertThat(sent.has("external_id")).isFalse();
    assertThat(sent.has("superior_id")).isFalse();
    assertThat(sent.has("custom_fields")).isFalse();
  }

  @Test
  void a_missing_userName_is_refused_before_any_upstream_call() {
    ScimResponse response = gateway.post(USERS, json("""
        {'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'emails': [{'value': 'ada.lovelace@example.com', 'type': 'work', 'primary': true}],
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """));

    JsonNode error = assertScimError(response, 400, "invalidValue");
    assertThat(error.path("detail").asText()).contains("userName");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void a_userName_that_is_not_an_email_is_refused_before_any_upstream_call() {
    ScimResponse response = gateway.post(USERS, json("""
        {'userName': 'ada.lovelace', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """));

    JsonNode error = assertScimError(response, 400, "invalidValue");
    assertThat(error.path("detail").asText()).contains("userName").contains("email");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void a_missing_givenName_is_refused_before_any_upstream_call() {
    ScimResponse response = gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """));

    JsonNode error = assertScimError(response, 400, "invalidValue");
    assertThat(error.path("detail").asText()).contains("name.givenName");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void a_missing_familyName_is_refused_before_any_upstream_call() {
    ScimResponse response = gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': ''},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """));

    JsonNode error = assertScimError(response, 400, "invalidValue");
    assertThat(error.path("detail").asText()).contains("name.familyName");
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void displayName_and_name_formatted_are_derived_and_incoming_values_are_ignored() {
    stubCreate(ada().version(1));

    JsonNode user = assertUser(gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'displayName': 'The Countess',
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace', 'formatted': 'Augusta Ada King'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """)), 201);

    assertThat(user.path("displayName").asText()).isEqualTo("Ada Lovelace");
    assertThat(user.path("name").path("formatted").asText()).isEqualTo("Ada Lovelace");
    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES)).withRequestBody(equalToJson("""
        {"email": "ada.lovelace@example.com", "first_name": "Ada", "last_name": "Lovelace",
         "branch_id": "br_oslo"}
        """)));
  }

  @Test
  void incoming_emails_as_an_array_are_ignored_and_the_email_comes_from_userName() {
    stubCreate(ada().version(1));

    JsonNode user = assertUser(gateway.post(USERS, adaWith("""
        , 'emails': [{'value': 'someone.else@example.com', 'type': 'home', 'primary': true},
                     {'value': 'third@example.com', 'type': 'work'}]
        """)), 201);

    assertThat(user.path("emails")).hasSize(1);
    assertThat(user.path("emails").get(0).path("value").asText()).isEqualTo("ada.lovelace@example.com");
    assertThat(bodyOf(onlyRequest(RequestMethod.POST, EMPLOYEES)).path("email").asText())
        .isEqualTo("ada.lovelace@example.com");
  }

  @Test
  void incoming_emails_as_a_single_object_are_ignored() {
    stubCreate(ada().version(1));

    assertUser(gateway.post(USERS, adaWith("""
        , 'emails': {'value': 'someone.else@example.com', 'type': 'work', 'primary': true}
        """)), 201);

    assertThat(bodyOf(onlyRequest(RequestMethod.POST, EMPLOYEES)).path("email").asText())
        .isEqualTo("ada.lovelace@example.com");
  }

  // ---- SCIM → Skovik on update -------------------------------------------------------------

  @Test
  void a_changed_userName_changes_the_email_and_keeps_the_id() {
    stubEmployee(ada());
    stubPatch(ada().email("ada.king@example.com").nextVersion());

    ScimResponse response = gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'Replace', 'path': 'userName', 'value': 'ada.king@example.com'}]
        """));

    JsonNode user = assertUser(response, 200);
    assertThat(user.path("id").asText()).isEqualTo("emp_ada");
    assertThat(user.path("userName").asText()).isEqualTo("ada.king@example.com");
    assertThat(user.path("emails").get(0).path("value").asText()).isEqualTo("ada.king@example.com");
    assertThat(response.header("Location")).isEqualTo(locationOf("emp_ada"));
    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"email\": \"ada.king@example.com\"}")));
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "PATCH emp_ada");
  }

  @Test
  void a_userName_changed_to_something_that_is_not_an_email_writes_nothing() {
    stubEmployee(ada());

    ScimResponse response = gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'userName', 'value': 'ada'}]
        """));

    assertScimError(response, 400, "invalidValue");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void clearing_a_required_name_part_writes_nothing() {
    stubEmployee(ada());

    ScimResponse response = gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'remove', 'path': 'name.givenName'}]
        """));

    JsonNode error = assertScimError(response, 400, "invalidValue");
    assertThat(error.path("detail").asText()).contains("name.givenName");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @Test
  void externalId_is_changed_and_cleared_case_exactly() {
    stubEmployee(ada().externalId("abc"));
    stubPatch(ada().externalId("ABC").nextVersion());

    assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'replace', 'path': 'externalId', 'value': 'ABC'}]
        """)), 200);

    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"external_id\": \"ABC\"}")));
  }

  @Test
  void removing_externalId_clears_it_upstream() {
    stubEmployee(ada().externalId("abc"));
    stubPatch(ada().externalId(null).nextVersion());

    JsonNode user = assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'remove', 'path': 'externalId'}]
        """)), 200);

    assertThat(user.has("externalId")).isFalse();
    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"external_id\": null}")));
  }

  @Test
  void a_patch_of_emails_is_ignored_and_writes_nothing() {
    stubEmployee(ada());

    JsonNode user = assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'Replace', 'path': 'emails[type eq \\'work\\'].value', 'value': 'other@example.com'},
         {'op': 'Add', 'path': 'displayName', 'value': 'Someone'}]
        """)), 200);

    assertThat(user.path("emails").get(0).path("value").asText()).isEqualTo("ada.lovelace@example.com");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  private static String adaWith(String moreMembers) {
    return json("""
        {'userName': 'ada.lovelace@example.com',
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}
        """ + moreMembers + "}");
  }
}
