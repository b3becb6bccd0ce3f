package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.UserGatewayTest;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The input tolerance rules of issue 3 §1: whatever shape identity providers send, the same
 * employee reaches Skovik, and nothing read-only, unknown or legacy leaks into it.
 */
class InputToleranceMappingTest extends UserGatewayTest {

  private static final String ADA_UPSTREAM = """
      {"email": "ada.lovelace@example.com", "first_name": "Ada", "last_name": "Lovelace",
       "branch_id": "br_oslo"}
      """;

  @Test
  void attribute_names_and_schema_urns_are_case_insensitive() {
    stubCreate(ada().version(1).customField("cf_cost_center", "4410"));

    assertUser(gateway.post(USERS, json("""
        {'SCHEMAS': ['URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER'],
         'USERNAME': 'ada.lovelace@example.com', 'ExternalID': 'X1',
         'Name': {'GivenName': 'Ada', 'FAMILYNAME': 'Lovelace'},
         'URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER': {'Division': 'NO-OSL'},
         'urn:ietf:params:scim:schemas:extension:SKOVIK:2.0:user': {'Custom_Field1': '4410'}}
        """)), 201);

    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES)).withRequestBody(equalToJson("""
        {"email": "ada.lovelace@example.com", "first_name": "Ada", "last_name": "Lovelace",
         "branch_id": "br_oslo", "external_id": "X1", "custom_fields": {"cf_cost_center": "4410"}}
        """)));
  }

  @Test
  void dotted_and_urn_qualified_keys_are_accepted_in_a_create_body() {
    stubCreate(ada().version(1));

    assertUser(gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'name.givenName': 'Ada', 'name.familyName': 'Lovelace',
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division': 'NO-OSL'}
        """)), 201);

    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES)).withRequestBody(equalToJson(ADA_UPSTREAM)));
  }

  @Test
  void explicit_nulls_on_create_are_treated_as_absent() {
    stubCreate(ada().version(1));

    JsonNode user = assertUser(gateway.post(USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'externalId': null, 'active': null,
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace', 'formatted': null},
         'addresses': null, 'phoneNumbers': null, 'title': null, 'emails': null,
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':
           {'division': 'NO-OSL', 'manager': null, 'department': null},
         'urn:ietf:params:scim:schemas:extension:skovik:2.0:User': {'custom_field1': null}}
        """)), 201);

    assertThat(user.path("active").asBoolean()).isTrue();
    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES)).withRequestBody(equalToJson(ADA_UPSTREAM)));
    assertThat(employeeCalls()).containsExactly("POST");
  }

  @Test
  void unknown_attributes_and_unknown_or_legacy_schema_urns_are_ignored() {
    stubCreate(ada().version(1));

    assertUser(gateway.post(USERS, json("""
        {'schemas': ['urn:scim:schemas:core:1.0', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0User'],
         'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace',
         'middleName': 'Augusta'}, 'title': 'Countess', 'nickName': 'Ada', 'locale': 'en-GB',
         'userNmae': 'typo@example.com', 'phoneNumbers': [{'value': '+47 555', 'type': 'work'}],
         'urn:scim:schemas:core:1.0': {'userName': 'legacy@example.com'},
         'urn:scim:schemas:extension:enterprise:1.0': {'division': 'NO-BGO'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0User': {'division': 'NO-BGO'},
         'urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User': {'tag': '701984'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':
           {'division': 'NO-OSL', 'department': 'Maths', 'employeeNumber': '42', 'costCenter': 'x'}}
        """)), 201);

    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES)).withRequestBody(equalToJson(ADA_UPSTREAM)));
  }

  @Test
  void read_only_input_is_ignored_on_create() {
    stubCreate(ada().version(1));

    JsonNode user = assertUser(gateway.post(USERS, json("""
        {'id': 'emp_chosen_by_client', 'userName': 'ada.lovelace@example.com',
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'meta': {'resourceType': 'User', 'created': '04-12-2018 00:00:00', 'version': 'W/\\'99\\''},
         'groups': [{'value': 'g1', 'display': 'Admins'}], 'password': '1mz050nq',
         'roles': [], 'displayName': 'Someone',
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User':
           {'division': 'NO-OSL', 'manager': {'displayName': 'Nobody'}}}
        """)), 201);

    assertThat(user.path("id").asText()).isEqualTo("emp_ada");
    assertThat(user.path("meta").path("version").asText()).isEqualTo("W/\"1\"");
    assertThat(user.has("groups")).isFalse();
    assertThat(user.has("password")).isFalse();
    assertThat(user.has("roles")).isFalse();
    skovik.verify(postRequestedFor(urlPathEqualTo(EMPLOYEES)).withRequestBody(equalToJson(ADA_UPSTREAM)));
  }

  @Test
  void read_only_input_in_a_put_is_ignored_and_writes_nothing() {
    stubEmployee(ada());

    JsonNode user = assertUser(gateway.put(USERS + "/emp_ada", json("""
        {'id': 'emp_other', 'userName': 'ada.lovelace@example.com',
         'name': {'givenName': 'Ada', 'familyName': 'Lovelace', 'formatted': 'Lady Ada'},
         'displayName': 'Lady Ada', 'groups': [], 'password': 'secret', 'roles': [],
         'meta': {'resourceType': 'User', 'version': 'W/\\'1\\''},
         'emails': [{'value': 'other@example.com', 'type': 'work', 'primary': true}]}
        """)), 200);

    assertThat(user.path("id").asText()).isEqualTo("emp_ada");
    assertThat(employeeCalls()).containsExactly("GET emp_ada");
  }

  @ParameterizedTest(name = "active = {0}")
  @ValueSource(strings = {"'False'", "'false'", "'FALSE'", "false"})
  void every_spelling_of_false_deactivates(String value) {
    stubEmployee(ada());
    stubArchive(ada().archived().nextVersion());

    JsonNode user = assertUser(gateway.patch(USERS + "/emp_ada", patchBody("""
        [{'op': 'Replace', 'path': 'active', 'value': %s}]
        """.formatted(value))), 200);

    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "POST emp_ada/archive");
  }

  @ParameterizedTest(name = "Content-Type: {0}")
  @ValueSource(strings = {"application/scim+json", "application/scim+json; charset=utf-8",
      "application/scim+json;charset=UTF-8", "application/json", "application/json; charset=utf-8",
      "APPLICATION/SCIM+JSON"})
  void scim_and_plain_json_content_types_are_accepted(String contentType) {
    stubCreate(ada().version(1));

    ScimResponse response = send(HttpMethod.POST, USERS, json("""
        {'userName': 'ada.lovelace@example.com', 'name': {'givenName': 'Ada', 'familyName': 'Lovelace'},
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'division': 'NO-OSL'}}
        """), "Content-Type", contentType);

    assertUser(response, 201);
    assertThat(response.header("Content-Type")).startsWith("application/scim+json");
  }

  @Test
  void a_bodiless_get_and_delete_need_no_content_type() {
    stubEmployee(ada());
    stubDelete("emp_ada");

    assertUser(gateway.get(USERS + "/emp_ada"), 200);
    assertThat(gateway.delete(USERS + "/emp_ada").status()).isEqualTo(204);
  }

  @Test
  void another_content_type_is_refused_with_a_scim_415() {
    ScimResponse response = send(HttpMethod.POST, USERS, "userName=ada", "Content-Type",
        "application/x-www-form-urlencoded");

    assertScimError(response, 415, null);
    assertThat(employeeCalls()).isEmpty();
  }

  @Test
  void the_same_employee_comes_out_of_a_patch_with_mixed_case_names_and_string_booleans() {
    stubEmployee(ada());
    stubPatch(ada().firstName("Augusta").nextVersion());

    assertUser(gateway.patch(USERS + "/emp_ada", json("""
        {'SCHEMAS': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
         'operations': [{'OP': 'REPLACE', 'PATH': 'Name.GivenName', 'VALUE': 'Augusta'},
                        {'op': 'Replace', 'path': 'ACTIVE', 'value': 'True'}]}
        """)), 200);

    skovik.verify(patchRequestedFor(urlPathEqualTo(employeePath("emp_ada")))
        .withRequestBody(equalToJson("{\"first_name\": \"Augusta\"}")));
    assertThat(employeeCalls()).containsExactly("GET emp_ada", "PATCH emp_ada");
  }
}
