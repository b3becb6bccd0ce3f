package com.skovik.scim.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.skovik.scim.discovery.SchemaAttributes.assertCharacteristics;
import static com.skovik.scim.discovery.SchemaAttributes.attribute;
import static com.skovik.scim.discovery.SchemaAttributes.names;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.WireMockGatewayTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Skovik extension schema is per identity provider: it lists the {@code custom_fieldN} this
 * configuration maps, typed from the Skovik definition and described with its name. Mappings to
 * fields that no longer exist, unmapped fields and keys outside {@code custom_field1…9} are left
 * out.
 */
class SkovikExtensionSchemaTest extends WireMockGatewayTest {

  private static final String PATH = "/scim/v2/Schemas/" + SchemasTest.SKOVIK;

  @Override
  protected JsonObject identityProvider() {
    return super.identityProvider().put("custom_field_mappings", new JsonObject()
        .put("custom_field1", "cf_cost_center")
        .put("custom_field2", "cf_level")
        .put("custom_field3", "cf_fte")
        .put("custom_field4", "cf_remote")
        .put("custom_field5", "cf_start")
        .put("custom_field6", "cf_tags")
        .put("custom_field7", "cf_deleted_last_week")
        .put("department", "cf_cost_center"));
  }

  @Override
  protected JsonArray customFields() {
    return new JsonArray()
        .add(field("cf_cost_center", "Cost center", "text"))
        .add(field("cf_level", "Level", "select").put("options", new JsonArray().add("junior").add("senior")))
        .add(field("cf_fte", "FTE", "number"))
        .add(field("cf_remote", "Remote", "boolean"))
        .add(field("cf_start", "Start date", "date"))
        .add(field("cf_tags", "Tags", "multiselect"))
        .add(field("cf_badge", "Badge number", "text"));
  }

  @Test
  void lists_only_the_mapped_fields_that_exist_in_skovik() {
    JsonNode schema = extension();

    assertThat(names(schema.path("attributes"))).containsExactly(
        "custom_field1", "custom_field2", "custom_field3", "custom_field4", "custom_field5");
    assertThat(schema.path("id").asText()).isEqualTo(SchemasTest.SKOVIK);
  }

  @Test
  void text_field_is_a_case_exact_string_described_by_its_skovik_name() {
    JsonNode text = attribute(extension(), "custom_field1");

    assertCharacteristics(text, "string", false, false, true, "readWrite", "default", "none");
    assertThat(text.path("description").asText()).contains("Cost center");
  }

  @Test
  void select_field_is_a_string_with_its_options_as_canonical_values() {
    JsonNode select = attribute(extension(), "custom_field2");

    assertCharacteristics(select, "string", false, false, true, "readWrite", "default", "none");
    assertThat(texts(select.path("canonicalValues"))).containsExactly("junior", "senior");
    assertThat(select.path("description").asText()).contains("Level");
  }

  @Test
  void number_field_is_a_decimal() {
    JsonNode number = attribute(extension(), "custom_field3");

    assertCharacteristics(number, "decimal", false, false, false, "readWrite", "default", "none");
    assertThat(number.path("description").asText()).contains("FTE");
  }

  @Test
  void boolean_field_is_a_boolean() {
    JsonNode bool = attribute(extension(), "custom_field4");

    assertCharacteristics(bool, "boolean", false, false, false, "readWrite", "default", "none");
    assertThat(bool.path("description").asText()).contains("Remote");
  }

  @Test
  void date_field_is_a_string_described_as_yyyy_mm_dd() {
    JsonNode date = attribute(extension(), "custom_field5");

    assertThat(date.path("type").asText()).isEqualTo("string");
    assertThat(date.path("description").asText()).contains("Start date").contains("YYYY-MM-DD");
    assertThat(date.has("canonicalValues")).isFalse();
  }

  @Test
  void another_identity_provider_of_the_company_sees_its_own_mappings() {
    skovik.stubFor(get(urlPathEqualTo(COMPANY_PATH + "/identity-providers/idp_entra"))
        .willReturn(okJson(identityProvider().put("id", "idp_entra").put("custom_field_mappings",
            new JsonObject().put("custom_field9", "cf_badge")).encode())));
    Map<String, Object> claims = claims();
    claims.put("sub", "idp_entra");

    ScimResponse response = gateway.withToken(keys.sign(claims)).get(PATH);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(names(response.json().path("attributes"))).containsExactly("custom_field9");
    assertThat(attribute(response.json(), "custom_field9").path("description").asText())
        .contains("Badge number");
  }

  @Test
  void identity_provider_mapping_nothing_gets_an_extension_without_attributes() {
    stubIdentityProvider(identityProvider().put("custom_field_mappings", new JsonObject()));

    ScimResponse response = gateway.get(PATH);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().path("attributes").isArray()).isTrue();
    assertThat(response.json().path("attributes")).isEmpty();
  }

  private JsonNode extension() {
    ScimResponse response = gateway.get(PATH);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static JsonObject field(String id, String name, String type) {
    return new JsonObject().put("id", id).put("name", name).put("type", type);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(value -> texts.add(value.asText()));
    return texts;
  }
}
