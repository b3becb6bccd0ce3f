package com.skovik.scim.discovery;

import static com.skovik.scim.support.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.WireMockGatewayTest;
import org.junit.jupiter.api.Test;

/** {@code /ResourceTypes} (RFC 7643 §6): User only, with its two schema extensions. */
class ResourceTypesTest extends WireMockGatewayTest {

  @Test
  void resource_types_is_a_list_response_of_user_only() {
    ScimResponse response = gateway.get("/scim/v2/ResourceTypes");
    JsonNode list = response.json();

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/scim+json");
    assertThat(list.path("schemas").get(0).asText())
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
    assertThat(list.path("totalResults").asInt()).isEqualTo(1);
    assertThat(list.path("Resources")).hasSize(1);
    assertThat(list.path("Resources").get(0)).isEqualTo(gateway.get("/scim/v2/ResourceTypes/User").json());
  }

  @Test
  void user_resource_type_names_its_endpoint_schema_and_extensions() {
    ScimResponse response = gateway.get("/scim/v2/ResourceTypes/User");
    JsonNode user = response.json();

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(user.path("schemas").get(0).asText())
        .isEqualTo("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
    assertThat(user.path("id").asText()).isEqualTo("User");
    assertThat(user.path("name").asText()).isEqualTo("User");
    assertThat(user.path("endpoint").asText()).isEqualTo("/Users");
    assertThat(user.path("schema").asText()).isEqualTo(SchemasTest.CORE);
    JsonNode extensions = user.path("schemaExtensions");
    assertThat(extensions).hasSize(2);
    assertThat(extensions.get(0).path("schema").asText()).isEqualTo(SchemasTest.ENTERPRISE);
    assertThat(extensions.get(0).path("required").asBoolean()).as("division is required").isTrue();
    assertThat(extensions.get(1).path("schema").asText()).isEqualTo(SchemasTest.SKOVIK);
    assertThat(extensions.get(1).path("required").isBoolean()).isTrue();
    assertThat(extensions.get(1).path("required").asBoolean()).isFalse();
    assertThat(user.path("meta").path("resourceType").asText()).isEqualTo("ResourceType");
    assertThat(user.path("meta").path("location").asText())
        .isEqualTo("http://127.0.0.1:" + gateway.port() + "/scim/v2/ResourceTypes/User");
  }

  @Test
  void enterprise_extension_is_optional_when_the_identity_provider_has_a_default_branch() {
    stubIdentityProvider(identityProvider().put("default_branch_id", "br_oslo"));

    JsonNode extensions = gateway.get("/scim/v2/ResourceTypes/User").json().path("schemaExtensions");

    assertThat(extensions.get(0).path("schema").asText()).isEqualTo(SchemasTest.ENTERPRISE);
    assertThat(extensions.get(0).path("required").asBoolean()).isFalse();
  }

  @Test
  void group_resource_type_is_404_saying_groups_are_not_supported() {
    ScimResponse response = gateway.get("/scim/v2/ResourceTypes/Group");

    assertThat(assertScimError(response, 404).path("detail").asText())
        .contains("Groups are not supported");
  }

  @Test
  void writes_to_resource_types_are_405_with_allow() {
    ScimResponse list = gateway.post("/scim/v2/ResourceTypes", "{}");
    ScimResponse user = gateway.put("/scim/v2/ResourceTypes/User", "{}");
    ScimResponse schemas = gateway.post("/scim/v2/Schemas", "{}");
    ScimResponse schema = gateway.delete("/scim/v2/Schemas/" + SchemasTest.CORE);

    for (ScimResponse write : new ScimResponse[] {list, user, schemas, schema}) {
      assertScimError(write, 405);
      assertThat(write.header("Allow")).isEqualTo("GET");
    }
  }
}
