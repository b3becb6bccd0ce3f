package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.support.ScimResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Filters that are not filters, or that do not fit the User schemas of this identity provider,
 * are {@code 400 invalidFilter} with a detail that says what is wrong, before any upstream call.
 * This identity provider maps a number field as {@code custom_field3}.
 */
class QueryInvalidFilterTest extends QueryGatewayTest {

  @Override
  protected JsonObject identityProvider() {
    JsonObject idp = super.identityProvider();
    idp.getJsonObject("custom_field_mappings").put("custom_field3", "cf_hours");
    return idp;
  }

  @Override
  protected JsonArray customFields() {
    return super.customFields()
        .add(new JsonObject().put("id", "cf_hours").put("name", "Weekly hours").put("type", "number"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // unknown names
      "nickName eq \"ada\"                           | unknown attribute \"nickName\"",
      "name.middleName eq \"x\"                      | no sub-attribute \"middleName\"",
      "userName.value eq \"x\"                       | not complex",
      "meta.etag eq \"x\"                            | no sub-attribute \"etag\"",
      "urn:example:params:scim:User:userName eq \"x\" | unknown schema",
      "urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field9 eq \"x\" | unknown attribute",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:userName eq \"x\" | unknown attribute",
      "emails[display eq \"x\"]                      | no sub-attribute \"display\"",
      // operators
      "userName xx \"ada\"                           | not a comparison operator",
      "userName equals \"ada\"                       | not a comparison operator",
      "userName \"ada\"                              | comparison operator",
      "userName pr \"ada\"                           | expected \"and\", \"or\" or the end",
      // grouping
      "(userName eq \"ada\"                          | ')'",
      "userName eq \"ada\")                          | expected \"and\", \"or\" or the end",
      "((userName eq \"ada\")                        | ')'",
      "not userName eq \"ada\"                       | '(' after \"not\"",
      "emails[type eq \"work\"                       | ']'",
      "emails[type eq \"work\" and emails[value eq \"x\"]] | nested",
      "name.givenName[value eq \"x\"]                | sub-attribute",
      // missing parts
      "userName eq                                   | position",
      "and userName eq \"ada\"                       | \"and\"",
      "userName eq \"ada\" or                        | position",
      "userName eq \"ada\" and                       | position",
      "userName eq \"unterminated                    | position",
      "userName eq 'ada'                             | double quotes",
      // types
      "active gt true                                | boolean",
      "active eq \"maybe\"                           | true or false",
      "emails.primary lt false                       | boolean",
      "meta.created gt \"yesterday\"                 | dateTime",
      "meta.lastModified ge 42                       | dateTime",
      "custom_field3 co \"3\"                        | number",
      "urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field3 gt \"lots\" | number",
      "name eq \"Ada\"                               | complex",
      "userName co null                              | null"})
  void is_invalid_filter_with_a_detail_that_says_why(String filter, String detailContains) {
    ScimResponse response = gateway.get(filtered(filter));

    assertScimError(response, 400, "invalidFilter");
    // Not ScimErrors.detailOf: "co null" rightly names the literal null.
    assertThat(response.json().path("detail").asText()).containsIgnoringCase(detailContains);
    assertThat(listingCalls()).isEmpty();
  }
}
