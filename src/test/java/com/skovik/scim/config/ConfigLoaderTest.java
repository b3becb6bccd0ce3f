package com.skovik.scim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.skovik.scim.support.GatewayClient;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ConfigLoader} reads {@code conf/config.json} through vertx-config. Which store wins is
 * shown in {@link GatewayConfigTest#environment_merged_over_the_file_wins()}: a test cannot set
 * process variables, so this one only runs where none of the gateway's variables is set.
 */
@ExtendWith(VertxExtension.class)
class ConfigLoaderTest {

  @Test
  void loads_the_shipped_file_when_the_environment_sets_nothing(Vertx vertx) {
    GatewayConfigTest.fileDefaults().fieldNames().forEach(variable ->
        assumeTrue(System.getenv(variable) == null, variable + " is set in this environment"));

    GatewayConfig config = GatewayClient.await(ConfigLoader.load(vertx));

    assertThat(config).isEqualTo(GatewayConfig.defaults());
  }
}
