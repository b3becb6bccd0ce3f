package com.skovik.scim.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.config.GatewayConfig;
import com.skovik.scim.support.WireMockGatewayTest;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Behind a load balancer the request's own host is wrong: {@code SCIM_PUBLIC_BASE_URL} is what
 * every {@code meta.location} starts with.
 */
class PublicBaseUrlTest extends WireMockGatewayTest {

  private static final String PUBLIC = "https://scim.skovik.example/scim/v2";

  @Override
  protected GatewayConfig config() {
    return super.config().withPublicBaseUrl(URI.create(PUBLIC));
  }

  @Test
  void service_provider_config_location_uses_the_public_base_url() {
    assertThat(location("/scim/v2/ServiceProviderConfig"))
        .isEqualTo(PUBLIC + "/ServiceProviderConfig");
  }

  @Test
  void schema_locations_use_the_public_base_url() {
    assertThat(location("/scim/v2/Schemas/" + SchemasTest.CORE))
        .isEqualTo(PUBLIC + "/Schemas/" + SchemasTest.CORE);
    for (JsonNode schema : gateway.get("/scim/v2/Schemas").json().path("Resources")) {
      assertThat(schema.path("meta").path("location").asText()).startsWith(PUBLIC + "/Schemas/");
    }
  }

  @Test
  void resource_type_location_uses_the_public_base_url() {
    assertThat(location("/scim/v2/ResourceTypes/User")).isEqualTo(PUBLIC + "/ResourceTypes/User");
  }

  @Test
  void the_host_a_client_claims_does_not_change_the_location() {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Host", "evil.example")
        .add("X-Forwarded-Host", "evil.example");

    JsonNode config = gateway.send(HttpMethod.GET, "/scim/v2/ServiceProviderConfig", null, headers)
        .json();

    assertThat(config.path("meta").path("location").asText())
        .isEqualTo(PUBLIC + "/ServiceProviderConfig");
  }

  private String location(String path) {
    return gateway.get(path).json().path("meta").path("location").asText();
  }
}
