package com.skovik.scim.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.skovik.scim.support.ScimErrors.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.support.ScimResponse;
import com.skovik.scim.support.WireMockGatewayTest;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

/**
 * How the SCIM token travels: {@code Authorization: Bearer <token>}, or the bare token that
 * Okta's "Header" mode sends. Anything else is 401 with {@code WWW-Authenticate: Bearer} and a
 * SCIM error, before the gateway asks Skovik anything.
 */
class AuthorizationHeaderTest extends WireMockGatewayTest {

  private static final String DISCOVERY = "/scim/v2/ServiceProviderConfig";

  @Test
  void request_without_authorization_header_is_401_with_a_bearer_challenge() {
    ScimResponse response = gateway.withToken(null).get(DISCOVERY);

    assertScimError(response, 401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(response.json().path("detail").asText()).contains("Authorization");
    assertNoIdentityProviderWasAsked();
  }

  @Test
  void blank_authorization_header_is_401() {
    ScimResponse response = sendWithAuthorization("   ");

    assertScimError(response, 401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void basic_credentials_are_401_with_a_bearer_challenge() {
    ScimResponse response = sendWithAuthorization("Basic c2NpbTpzZWNyZXQ=");

    assertScimError(response, 401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(response.json().path("detail").asText()).contains("Bearer");
    assertNoIdentityProviderWasAsked();
  }

  @Test
  void bearer_scheme_without_a_token_is_401() {
    ScimResponse response = sendWithAuthorization("Bearer ");

    assertScimError(response, 401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void bearer_followed_by_two_words_is_401() {
    ScimResponse response = sendWithAuthorization("Bearer " + validToken() + " extra");

    assertScimError(response, 401);
  }

  @Test
  void bare_token_without_a_scheme_is_accepted_as_okta_header_mode_sends_it() {
    ScimResponse response = sendWithAuthorization(validToken());

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().path("schemas").get(0).asText())
        .isEqualTo("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
  }

  @Test
  void bearer_scheme_is_case_insensitive() {
    ScimResponse response = sendWithAuthorization("bearer " + validToken());

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  @Test
  void well_formed_bearer_token_reaches_the_endpoint_and_the_identity_provider_is_checked() {
    ScimResponse response = gateway.get(DISCOVERY);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.header("WWW-Authenticate")).isNull();
    skovik.verify(1, getRequestedFor(urlPathEqualTo(COMPANY_PATH + "/identity-providers/" + IDP)));
  }

  @Test
  void every_scim_endpoint_requires_the_token_even_unknown_ones() {
    ScimResponse groups = gateway.withToken(null).get("/scim/v2/Groups");
    ScimResponse users = gateway.withToken(null).get("/scim/v2/Users");
    ScimResponse schemas = gateway.withToken(null).get("/scim/v2/Schemas");

    assertScimError(groups, 401);
    assertScimError(users, 401);
    assertScimError(schemas, 401);
    skovik.verify(0, anyRequestedFor(urlPathEqualTo(COMPANY_PATH + "/employees")));
  }

  private ScimResponse sendWithAuthorization(String authorization) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Authorization", authorization);
    return gateway.send(HttpMethod.GET, DISCOVERY, null, headers);
  }

  private void assertNoIdentityProviderWasAsked() {
    skovik.verify(0, getRequestedFor(urlPathEqualTo(COMPANY_PATH + "/identity-providers/" + IDP)));
  }
}
