package com.skovik.scim.users;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.config.GatewayConfig;
import com.skovik.scim.support.ScimErrors;
import com.skovik.scim.support.ScimResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A scan that cannot finish within the time the gateway gives one request ends as a clear
 * {@code 400 tooMany}, never as a 504 that would also suggest a change may have been made.
 */
class QueryTimeBudgetTest extends QueryGatewayTest {

  @Override
  protected GatewayConfig config() {
    return super.config().withRequestBudget(Duration.ofMillis(1_500));
  }

  @Test
  void a_scan_running_out_of_request_time_is_too_many_naming_what_to_filter_on() {
    skovik.stubFor(get(urlPathEqualTo(EMPLOYEES)).withQueryParam("offset", equalTo("0"))
        .willReturn(okJson(page(1_000, 0, 200, numbered(0, 200))).withFixedDelay(700)));

    // Authentication warmed first, so only the scan spends this request's time.
    gateway.get("/scim/v2/ServiceProviderConfig");
    ScimResponse response = gateway.get(filtered("name.familyName co \"son\""));

    assertScimError(response, 400, "tooMany");
    assertThat(ScimErrors.detailOf(response)).contains("examined 200 of 1000 users")
        .contains("Skovik cannot search by name.familyName").contains("userName eq");
    assertThat(listingCalls()).as("no page fetched past the deadline").hasSize(1);
  }
}
