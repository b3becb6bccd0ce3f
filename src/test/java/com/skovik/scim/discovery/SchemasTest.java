package com.skovik.scim.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.skovik.scim.discovery.SchemaAttributes.assertCharacteristics;
import static com.skovik.scim.discovery.SchemaAttributes.attribute;
import static com.skovik.scim.discovery.SchemaAttributes.names;
import static com.skovik.scim.support.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.WireMockGatewayTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /Schemas} (RFC 7643 §7): the core, enterprise and Skovik User schemas, listing only
 * the attributes the gateway honours, each with the characteristics of {@code UserSchemas}.
 */
class SchemasTest extends WireMockGatewayTest {

  static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  static final String SKOVIK = "urn:ietf:params:scim:schemas:extension:skovik:2.0:User";

  @Test
  void schemas_is_a_list_response_of_the_three_user_schemas() {
    ScimResponse response = gateway.get("/scim/v2/Schemas");
    JsonNode list = response.json();

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/scim+json");
    assertThat(list.path("schemas").get(0).asText())
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
    assertThat(list.path("totalResults").asInt()).isEqualTo(3);
    assertThat(list.path("itemsPerPage").asInt()).isEqualTo(3);
    assertThat(list.path("startIndex").asInt()).isEqualTo(1);
    List<String> ids = new ArrayList<>();
    list.path("Resources").forEach(schema -> ids.add(schema.path("id").asText()));
    assertThat(ids).containsExactly(CORE, ENTERPRISE, SKOVIK);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {CORE, ENTERPRISE, SKOVIK})
  void each_schema_is_served_by_its_urn_as_it_appears_in_the_list(String urn) {
    ScimResponse response = gateway.get("/scim/v2/Schemas/" + urn);
    JsonNode inList = null;
    for (JsonNode schema : gateway.get("/scim/v2/Schemas").json().path("Resources")) {
      if (schema.path("id").asText().equals(urn)) {
        inList = schema;
      }
    }

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode schema = response.json();
    assertThat(schema).isEqualTo(inList);
    assertThat(schema.path("schemas").get(0).asText())
        .isEqualTo("urn:ietf:params:scim:schemas:core:2.0:Schema");
    assertThat(schema.path("id").asText()).isEqualTo(urn);
    assertThat(schema.path("name").asText()).isNotBlank();
    assertThat(schema.path("description").asText()).isNotBlank();
    assertThat(schema.path("attributes").isArray()).isTrue();
    assertThat(schema.path("meta").path("resourceType").asText()).isEqualTo("Schema");
    assertThat(schema.path("meta").path("location").asText())
        .isEqualTo("http://127.0.0.1:" + gateway.port() + "/scim/v2/Schemas/" + urn);
  }

  @Test
  void schema_urn_is_matched_case_insensitively() {
    ScimResponse response = gateway.get("/scim/v2/Schemas/" + CORE.toLowerCase());

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().path("id").asText()).isEqualTo(CORE);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"urn:ietf:params:scim:schemas:core:2.0:Group",
      "urn:ietf:params:scim:schemas:core:2.0:Nope", "User"})
  void unknown_schema_is_404(String urn) {
    ScimResponse response = gateway.get("/scim/v2/Schemas/" + urn);

    assertThat(assertScimError(response, 404).path("detail").asText())
        .contains("Groups are not supported");
  }

  @Test
  void core_user_lists_only_the_attributes_the_gateway_honours() {
    JsonNode core = schema(CORE);

    assertThat(names(core.path("attributes")))
        .containsExactly("id", "externalId", "userName", "name", "displayName", "active", "emails");
  }

  @Test
  void id_is_read_only_returned_always_and_unique() {
    assertCharacteristics(attribute(schema(CORE), "id"),
        "string", false, false, true, "readOnly", "always", "server");
  }

  @Test
  void external_id_is_the_identity_providers_case_exact_id() {
    assertCharacteristics(attribute(schema(CORE), "externalId"),
        "string", false, false, true, "readWrite", "default", "none");
  }

  @Test
  void user_name_is_required_unique_and_case_insensitive() {
    assertCharacteristics(attribute(schema(CORE), "userName"),
        "string", false, true, false, "readWrite", "default", "server");
  }

  @Test
  void name_is_required_with_required_given_and_family_names() {
    JsonNode name = attribute(schema(CORE), "name");

    assertCharacteristics(name, "complex", false, true, false, "readWrite", "default", "none");
    assertThat(names(name.path("subAttributes")))
        .containsExactlyInAnyOrder("formatted", "familyName", "givenName");
    assertCharacteristics(attribute(name, "givenName"),
        "string", false, true, false, "readWrite", "default", "none");
    assertCharacteristics(attribute(name, "familyName"),
        "string", false, true, false, "readWrite", "default", "none");
    assertCharacteristics(attribute(name, "formatted"),
        "string", false, false, false, "readOnly", "default", "none");
  }

  @Test
  void display_name_is_derived_and_read_only() {
    assertCharacteristics(attribute(schema(CORE), "displayName"),
        "string", false, false, false, "readOnly", "default", "none");
  }

  @Test
  void active_is_a_writable_boolean() {
    assertCharacteristics(attribute(schema(CORE), "active"),
        "boolean", false, false, false, "readWrite", "default", "none");
  }

  @Test
  void emails_are_read_only_and_derived_from_user_name() {
    JsonNode emails = attribute(schema(CORE), "emails");

    assertCharacteristics(emails, "complex", true, false, false, "readOnly", "default", "none");
    assertThat(emails.path("description").asText()).contains("userName");
    assertThat(names(emails.path("subAttributes")))
        .containsExactlyInAnyOrder("value", "type", "primary");
    assertThat(emails.path("subAttributes"))
        .allSatisfy(sub -> assertThat(sub.path("mutability").asText()).isEqualTo("readOnly"));
    assertThat(attribute(emails, "type").path("canonicalValues").get(0).asText()).isEqualTo("work");
  }

  @Test
  void division_is_required_when_the_identity_provider_has_no_default_branch() {
    JsonNode division = attribute(schema(ENTERPRISE), "division");

    assertCharacteristics(division, "string", false, true, false, "readWrite", "default", "none");
  }

  @Test
  void division_is_optional_when_the_identity_provider_has_a_default_branch() {
    stubIdentityProvider(identityProvider().put("default_branch_id", "br_oslo"));

    JsonNode division = attribute(schema(ENTERPRISE), "division");

    assertCharacteristics(division, "string", false, false, false, "readWrite", "default", "none");
    assertThat(division.path("description").asText()).contains("default branch");
  }

  @Test
  void enterprise_user_lists_division_and_manager_only() {
    JsonNode enterprise = schema(ENTERPRISE);
    JsonNode manager = attribute(enterprise, "manager");

    assertThat(names(enterprise.path("attributes"))).containsExactly("division", "manager");
    assertCharacteristics(manager, "complex", false, false, false, "readWrite", "default", "none");
    assertCharacteristics(attribute(manager, "value"),
        "string", false, false, true, "readWrite", "default", "none");
    assertThat(attribute(manager, "$ref").path("type").asText()).isEqualTo("reference");
    assertThat(attribute(manager, "$ref").path("referenceTypes").get(0).asText()).isEqualTo("User");
    assertThat(attribute(manager, "displayName").path("mutability").asText()).isEqualTo("readOnly");
  }

  @Test
  void discovery_asks_skovik_for_custom_field_definitions_once_per_cached_configuration() {
    gateway.get("/scim/v2/Schemas");
    gateway.get("/scim/v2/Schemas/" + SKOVIK);
    gateway.get("/scim/v2/ResourceTypes");

    skovik.verify(1, getRequestedFor(urlPathEqualTo(COMPANY_PATH + "/custom-fields")));
  }

  @Test
  void attribute_definitions_carry_only_rfc_7643_characteristics() {
    Set<String> characteristics = Set.of("name", "type", "multiValued", "description", "required",
        "caseExact", "canonicalValues", "referenceTypes", "mutability", "returned", "uniqueness",
        "subAttributes");
    List<JsonNode> definitions = new ArrayList<>();
    for (String urn : List.of(CORE, ENTERPRISE, SKOVIK)) {
      for (JsonNode attribute : schema(urn).path("attributes")) {
        definitions.add(attribute);
        attribute.path("subAttributes").forEach(definitions::add);
      }
    }

    assertThat(definitions).isNotEmpty().allSatisfy(definition -> {
      List<String> members = new ArrayList<>();
      definition.fieldNames().forEachRemaining(members::add);
      assertThat(members).as(definition.path("name").asText()).isSubsetOf(characteristics);
    });
  }

  private JsonNode schema(String urn) {
    ScimResponse response = gateway.get("/scim/v2/Schemas/" + urn);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }
}
