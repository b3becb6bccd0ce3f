package com.skovik.scim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link GatewayConfig#from}: the merged configuration becomes one validated record, and every
 * problem is one {@link ConfigException} whose message starts with the variable's name. No test
 * here reads or changes the process environment.
 */
class GatewayConfigTest {

  private static final String API_URL = "https://api.skovik.internal";

  /** The shipped {@code conf/config.json}, read as the file store reads it. */
  static JsonObject fileDefaults() {
    try {
      return new JsonObject(Files.readString(Path.of("conf/config.json")));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject production() {
    return fileDefaults().put("SKOVIK_API_URL", API_URL)
        .put("SKOVIK_SERVICE_KEY", "sk_gateway").put("SCIM_TOKEN_ISSUER", "https://skovik.com/scim");
  }

  /** Each numeric variable with the smallest and largest value it accepts. */
  static Stream<Arguments> numericVariables() {
    return Stream.of(
        Arguments.of("HTTP_PORT", 0, 65_535),
        Arguments.of("SCIM_MAX_BODY_BYTES", 1_024, 64L * 1024 * 1024),
        Arguments.of("SCIM_MAX_RESULTS", 1, 1_000),
        Arguments.of("SCIM_QUERY_SCAN_LIMIT", 200, 10_000_000),
        Arguments.of("IDP_CACHE_TTL_SECONDS", 0, 300),
        Arguments.of("JWKS_MIN_REFRESH_INTERVAL_SECONDS", 1, 3_600),
        Arguments.of("SKOVIK_CONNECT_TIMEOUT_MS", 50, 60_000),
        Arguments.of("SKOVIK_CALL_TIMEOUT_MS", 50, 55_000),
        Arguments.of("SKOVIK_RETRY_BUDGET_MS", 50, 55_000),
        Arguments.of("BRANCH_CACHE_TTL_SECONDS", 1, 86_400),
        Arguments.of("BRANCH_CACHE_NEGATIVE_TTL_SECONDS", 0, 3_600),
        Arguments.of("DEMO_EMULATOR_PORT", 0, 65_535));
  }

  @Test
  void shipped_file_parses_to_the_documented_defaults() {
    GatewayConfig config = GatewayConfig.from(fileDefaults());

    assertThat(config).isEqualTo(GatewayConfig.defaults());
    assertThat(config.httpPort()).isEqualTo(8080);
    assertThat(config.maxBodyBytes()).isEqualTo(1_048_576);
    assertThat(config.identityProviderCacheTtl()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.jwksMinRefreshInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.publicBaseUrl()).isEmpty();
  }

  @Test
  void empty_api_url_means_demo_mode_without_service_key_or_issuer() {
    GatewayConfig config = GatewayConfig.from(fileDefaults());

    assertThat(config.demoMode()).isTrue();
    assertThat(config.skovikApiUrl()).isEmpty();
  }

  @Test
  void blank_api_url_means_demo_mode_too() {
    assertThat(GatewayConfig.from(fileDefaults().put("SKOVIK_API_URL", "   ")).demoMode()).isTrue();
  }

  @Test
  void api_url_with_service_key_and_issuer_is_production_mode() {
    GatewayConfig config = GatewayConfig.from(production());

    assertThat(config.demoMode()).isFalse();
    assertThat(config.skovikApiUrl()).contains(URI.create(API_URL));
    assertThat(config.skovikServiceKey()).isEqualTo("sk_gateway");
    assertThat(config.scimTokenIssuer()).isEqualTo("https://skovik.com/scim");
  }

  @Test
  void trailing_slash_of_a_url_is_dropped_and_a_path_prefix_kept() {
    GatewayConfig config = GatewayConfig.from(production()
        .put("SKOVIK_API_URL", "https://gateway.example/skovik/")
        .put("SCIM_PUBLIC_BASE_URL", "https://scim.skovik.com/scim/v2/"));

    assertThat(config.skovikApiUrl()).contains(URI.create("https://gateway.example/skovik"));
    assertThat(config.publicBaseUrl()).contains(URI.create("https://scim.skovik.com/scim/v2"));
  }

  @Test
  void environment_values_arrive_as_strings_and_parse_alike() {
    JsonObject asStrings = new JsonObject();
    production().forEach(entry -> asStrings.put(entry.getKey(), String.valueOf(entry.getValue())));

    assertThat(GatewayConfig.from(asStrings)).isEqualTo(GatewayConfig.from(production()));
    assertThat(GatewayConfig.from(asStrings.put("HTTP_PORT", "8081")).httpPort()).isEqualTo(8081);
  }

  @Test
  void surrounding_spaces_of_an_environment_value_are_ignored() {
    assertThat(GatewayConfig.from(fileDefaults().put("HTTP_PORT", " 8081 ")).httpPort()).isEqualTo(8081);
  }

  /*
   * ConfigLoader declares the file store first and the environment store second, and
   * vertx-config merges later stores over earlier ones. Setting a process variable from a test
   * is not possible (nor wanted), so the precedence is shown on the merged object that
   * ConfigLoader hands to GatewayConfig.from.
   */
  @Test
  void environment_merged_over_the_file_wins() {
    JsonObject environment = new JsonObject().put("HTTP_PORT", "9090")
        .put("SCIM_MAX_RESULTS", "50").put("SKOVIK_API_URL", API_URL)
        .put("SKOVIK_SERVICE_KEY", "sk_env").put("SCIM_TOKEN_ISSUER", "https://issuer.env");

    GatewayConfig config = GatewayConfig.from(fileDefaults().mergeIn(environment));

    assertThat(config.httpPort()).isEqualTo(9090);
    assertThat(config.maxResults()).isEqualTo(50);
    assertThat(config.skovikServiceKey()).isEqualTo("sk_env");
    assertThat(config.maxBodyBytes()).as("untouched by the environment").isEqualTo(1_048_576);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("numericVariables")
  void numeric_variable_that_is_not_a_number_names_itself(String variable) {
    assertRejected(fileDefaults().put(variable, "twelve"), variable, "whole number");
    assertRejected(fileDefaults().put(variable, "12.5"), variable, "whole number");
    assertRejected(fileDefaults().put(variable, "99999999999999999999"), variable, "whole number");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("numericVariables")
  void numeric_variable_out_of_range_names_itself_and_its_range(String variable, long min, long max) {
    assertRejected(fileDefaults().put(variable, String.valueOf(min - 1)), variable,
        "between " + min + " and " + max);
    assertRejected(fileDefaults().put(variable, String.valueOf(max + 1)), variable,
        "between " + min + " and " + max);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("numericVariables")
  void numeric_variable_missing_from_the_merged_configuration_names_itself(String variable) {
    JsonObject without = fileDefaults();
    without.remove(variable);

    assertRejected(without, variable, "required");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("numericVariables")
  void every_value_inside_an_advertised_range_is_accepted(String variable, long min, long max) {
    // The budget covers a whole call: raised with the call timeout, lowered with it.
    JsonObject atMin = production().put(variable, min).put("SKOVIK_CALL_TIMEOUT_MS",
        variable.equals("SKOVIK_RETRY_BUDGET_MS") ? 50 : 10_000);
    JsonObject atMax = production().put(variable, max).put("SKOVIK_RETRY_BUDGET_MS",
        variable.equals("SKOVIK_RETRY_BUDGET_MS") ? max : 55_000);

    assertThat(GatewayConfig.from(atMin)).isNotNull();
    assertThat(GatewayConfig.from(atMax)).isNotNull();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"not a url", "api.skovik.internal", "ftp://api.skovik.internal",
      "http://", "https://api.skovik.internal?tenant=1", "https://api.skovik.internal#top",
      "https://api skovik.internal", "https://api.skovik.internal/internal/v1",
      "https://api.skovik.internal/internal/v1/"})
  void malformed_api_url_names_itself(String url) {
    assertRejected(production().put("SKOVIK_API_URL", url), "SKOVIK_API_URL",
        url.replaceAll("/$", ""));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"scim.skovik.com/scim/v2", "mailto:ops@skovik.com",
      "https://scim.skovik.com/scim/v2?x=1"})
  void malformed_public_base_url_names_itself(String url) {
    assertRejected(fileDefaults().put("SCIM_PUBLIC_BASE_URL", url), "SCIM_PUBLIC_BASE_URL", url);
  }

  @Test
  void api_url_without_service_key_names_the_service_key() {
    assertRejected(production().put("SKOVIK_SERVICE_KEY", ""), "SKOVIK_SERVICE_KEY", "required");
    assertRejected(production().put("SKOVIK_SERVICE_KEY", "   "), "SKOVIK_SERVICE_KEY", "required");
  }

  @Test
  void api_url_without_issuer_names_the_issuer() {
    JsonObject without = production();
    without.remove("SCIM_TOKEN_ISSUER");

    assertRejected(without, "SCIM_TOKEN_ISSUER", "required");
  }

  @Test
  void retry_budget_below_the_call_timeout_is_rejected() {
    JsonObject config = production().put("SKOVIK_CALL_TIMEOUT_MS", "5000")
        .put("SKOVIK_RETRY_BUDGET_MS", "4999");

    assertRejected(config, "SKOVIK_RETRY_BUDGET_MS", "SKOVIK_CALL_TIMEOUT_MS");
  }

  @Test
  void retry_budget_equal_to_the_call_timeout_allows_one_attempt() {
    GatewayConfig config = GatewayConfig.from(production().put("SKOVIK_CALL_TIMEOUT_MS", "5000")
        .put("SKOVIK_RETRY_BUDGET_MS", "5000"));

    assertThat(config.skovikRetryBudget()).isEqualTo(config.skovikCallTimeout());
  }

  @Test
  void demo_emulator_on_the_gateways_own_port_is_rejected() {
    assertRejected(fileDefaults().put("HTTP_PORT", 8089).put("DEMO_EMULATOR_PORT", 8089),
        "DEMO_EMULATOR_PORT", "HTTP_PORT");
  }

  @Test
  void demo_emulator_port_is_free_to_match_when_there_is_no_emulator() {
    GatewayConfig config = GatewayConfig.from(production().put("HTTP_PORT", 8089));

    assertThat(config.httpPort()).isEqualTo(8089);
  }

  @Test
  void record_built_in_code_checks_the_budget_too() {
    assertThatThrownBy(() -> GatewayConfig.defaults()
        .withUpstreamTiming(Duration.ofSeconds(5), Duration.ofSeconds(4)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("SKOVIK_RETRY_BUDGET_MS");
  }

  @Test
  void with_methods_change_one_setting_each() {
    GatewayConfig base = GatewayConfig.defaults();

    assertThat(base.withHttpPort(0).httpPort()).isZero();
    assertThat(base.withMaxBodyBytes(4_096).maxBodyBytes()).isEqualTo(4_096);
    assertThat(base.withPublicBaseUrl(URI.create("https://x.example/scim/v2")).publicBaseUrl())
        .isEqualTo(Optional.of(URI.create("https://x.example/scim/v2")));
    assertThat(base.withSkovik(URI.create(API_URL), "k", "i").demoMode()).isFalse();
    assertThat(base.withHttpPort(0).withMaxBodyBytes(4_096).maxResults()).isEqualTo(base.maxResults());
  }

  private static void assertRejected(JsonObject merged, String variable, String problem) {
    assertThatThrownBy(() -> GatewayConfig.from(merged))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(variable + " ")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
