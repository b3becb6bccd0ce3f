package com.skovik.scim.discovery;

import static com.skovik.scim.support.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.WireMockGatewayTest;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /ServiceProviderConfig} (RFC 7643 §5), member by member: truthful about what the
 * gateway supports, with the limits of its configuration (defaults: 200 results, 1 MiB).
 */
class ServiceProviderConfigTest extends WireMockGatewayTest {

  private static final String PATH = "/scim/v2/ServiceProviderConfig";

  private ScimResponse response;
  private JsonNode config;

  @BeforeEach
  void readTheServiceProviderConfig() {
    response = gateway.get(PATH);
    config = response.json();
  }

  @Test
  void is_served_as_scim_json_with_its_schema() {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/scim+json");
    assertThat(config.path("schemas")).hasSize(1);
    assertThat(config.path("schemas").get(0).asText())
        .isEqualTo("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
    assertThat(config.path("documentationUri").asText()).startsWith("https://");
  }

  @Test
  void patch_is_supported() {
    assertThat(config.path("patch").path("supported").isBoolean()).isTrue();
    assertThat(config.path("patch").path("supported").asBoolean()).isTrue();
  }

  @Test
  void filter_is_supported_with_the_configured_max_results() {
    assertThat(config.path("filter").path("supported").asBoolean()).isTrue();
    assertThat(config.path("filter").path("maxResults").isIntegralNumber()).isTrue();
    assertThat(config.path("filter").path("maxResults").asInt()).isEqualTo(200);
  }

  @Test
  void sort_and_etag_are_supported() {
    assertThat(config.path("sort").path("supported").asBoolean()).isTrue();
    assertThat(config.path("etag").path("supported").asBoolean()).isTrue();
  }

  @Test
  void bulk_is_not_supported_but_still_states_its_limits() {
    JsonNode bulk = config.path("bulk");

    assertThat(bulk.path("supported").isBoolean()).isTrue();
    assertThat(bulk.path("supported").asBoolean()).isFalse();
    assertThat(bulk.path("maxOperations").isIntegralNumber()).as("bulk.maxOperations").isTrue();
    assertThat(bulk.path("maxPayloadSize").isIntegralNumber()).as("bulk.maxPayloadSize").isTrue();
    assertThat(bulk.path("maxPayloadSize").asLong()).isEqualTo(1_048_576L);
  }

  @Test
  void change_password_is_not_supported() {
    assertThat(config.path("changePassword").path("supported").isBoolean()).isTrue();
    assertThat(config.path("changePassword").path("supported").asBoolean()).isFalse();
  }

  @Test
  void authentication_scheme_is_an_oauth_bearer_token() {
    JsonNode schemes = config.path("authenticationSchemes");

    assertThat(schemes.isArray()).isTrue();
    assertThat(schemes).hasSize(1);
    JsonNode scheme = schemes.get(0);
    assertThat(scheme.path("type").asText()).isEqualTo("oauthbearertoken");
    assertThat(scheme.path("name").asText()).isNotBlank();
    assertThat(scheme.path("description").asText()).contains("Bearer");
    assertThat(scheme.path("primary").asBoolean()).isTrue();
  }

  @Test
  void meta_location_is_the_absolute_url_of_the_document() {
    JsonNode meta = config.path("meta");

    assertThat(meta.path("resourceType").asText()).isEqualTo("ServiceProviderConfig");
    assertThat(URI.create(meta.path("location").asText()).isAbsolute()).isTrue();
    assertThat(meta.path("location").asText())
        .isEqualTo("http://127.0.0.1:" + gateway.port() + PATH);
  }

  @Test
  void writes_are_405_with_allow() {
    for (ScimResponse write : new ScimResponse[] {
        gateway.post(PATH, "{}"), gateway.put(PATH, "{}"), gateway.patch(PATH, "{}"),
        gateway.delete(PATH)}) {
      assertScimError(write, 405);
      assertThat(write.header("Allow")).isEqualTo("GET");
    }
  }
}
