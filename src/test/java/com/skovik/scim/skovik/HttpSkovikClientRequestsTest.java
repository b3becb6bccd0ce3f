package com.skovik.scim.skovik;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxTestContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint: what reaches the upstream and how its answer is decoded. */
class HttpSkovikClientRequestsTest extends WireMockClientTest {

  private static RequestPatternBuilder withCommonHeaders(RequestPatternBuilder request) {
    return request
        .withHeader("Authorization", equalTo(BEARER))
        .withHeader("X-Request-Id", equalTo("req-42"))
        .withHeader("Accept", equalTo("application/json"));
  }

  @Test
  void jwks_is_fetched_with_the_service_key_and_request_id_and_answered_as_a_json_object(VertxTestContext test) {
    upstream.stubFor(get(API + "/scim/jwks").willReturn(json(200, "jwks.json")));

    expectSuccess(test, client.jwks(CTX), jwks -> {
      assertThat(jwks).isEqualTo(new JsonObject(Fixtures.read("jwks.json")));
      upstream.verify(1, withCommonHeaders(getRequestedFor(urlEqualTo(API + "/scim/jwks")))
          .withHeader("Content-Type", absent()));
    });
  }

  @Test
  void identity_provider_is_decoded_with_its_tokens_mappings_and_default_branch(VertxTestContext test) {
    String path = API + "/companies/cmp_acme/identity-providers/idp_okta";
    upstream.stubFor(get(path).willReturn(json(200, "identity-provider.json")));

    expectSuccess(test, client.identityProvider(CTX, "cmp_acme", "idp_okta"), idp -> {
      assertThat(idp).isEqualTo(new IdentityProvider("idp_okta", "cmp_acme", "Okta production", true,
          List.of("tok_2025_11"), "br_oslo",
          Map.of("custom_field1", "cf_cost_center", "custom_field2", "cf_default_project"),
          Instant.parse("2026-12-01T10:00:00Z")));
      upstream.verify(1, withCommonHeaders(getRequestedFor(urlEqualTo(path))));
    });
  }

  @Test
  void identity_provider_without_a_default_branch_has_a_null_one(VertxTestContext test) {
    String path = API + "/companies/cmp_acme/identity-providers/idp_entra";
    upstream.stubFor(get(path).willReturn(json(200, "identity-provider-without-default-branch.json")));

    expectSuccess(test, client.identityProvider(CTX, "cmp_acme", "idp_entra"), idp -> {
      assertThat(idp.defaultBranchId()).isNull();
      assertThat(idp.userProvisioningEnabled()).isFalse();
      assertThat(idp.activeTokenIds()).isEmpty();
      assertThat(idp.customFieldMappings()).isEmpty();
      assertThat(idp.updatedAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    });
  }

  @Test
  void custom_fields_are_decoded_with_their_types_and_options(VertxTestContext test) {
    String path = API + "/companies/cmp_acme/custom-fields";
    upstream.stubFor(get(path).willReturn(json(200, "custom-fields.json")));

    expectSuccess(test, client.customFields(CTX, "cmp_acme"), fields -> {
      assertThat(fields).containsExactly(
          new CustomField("cf_cost_center", "Cost center", CustomField.Type.TEXT, List.of()),
          new CustomField("cf_start", "Start date", CustomField.Type.DATE, List.of()),
          new CustomField("cf_level", "Level", CustomField.Type.SELECT, List.of("junior", "senior")),
          new CustomField("cf_hours", "Hours", CustomField.Type.NUMBER, List.of()),
          new CustomField("cf_remote", "Remote", CustomField.Type.BOOLEAN, List.of()));
      upstream.verify(1, withCommonHeaders(getRequestedFor(urlEqualTo(path))));
    });
  }

  @Test
  void branches_are_looked_up_by_an_encoded_external_identifier(VertxTestContext test) {
    String url = API + "/companies/cmp_acme/branches?external_identifier=NO%20OSL%2B%2F1%26x%3Dy";
    upstream.stubFor(get(urlEqualTo(url)).willReturn(json(200, "branches-one.json")));

    expectSuccess(test, client.branchesByExternalIdentifier(CTX, "cmp_acme", "NO OSL+/1&x=y"), branches -> {
      assertThat(branches).containsExactly(new Branch("br_oslo", "Oslo", "NO-OSL", false));
      upstream.verify(1, withCommonHeaders(getRequestedFor(urlEqualTo(url)))
          .withQueryParam("external_identifier", equalTo("NO OSL+/1&x=y")));
    });
  }

  @Test
  void an_unknown_external_identifier_answers_an_empty_list(VertxTestContext test) {
    String url = API + "/companies/cmp_acme/branches?external_identifier=nowhere";
    upstream.stubFor(get(urlEqualTo(url)).willReturn(json(200, "branches-none.json")));

    expectSuccess(test, client.branchesByExternalIdentifier(CTX, "cmp_acme", "nowhere"),
        branches -> assertThat(branches).isEmpty());
  }

  @Test
  void a_branch_is_fetched_by_id(VertxTestContext test) {
    String path = API + "/companies/cmp_acme/branches/br_oslo";
    upstream.stubFor(get(path).willReturn(json(200, "branch.json")));

    expectSuccess(test, client.branch(CTX, "cmp_acme", "br_oslo"), branch -> {
      assertThat(branch).isEqualTo(new Branch("br_oslo", "Oslo", "NO-OSL", false));
      upstream.verify(1, withCommonHeaders(getRequestedFor(urlEqualTo(path))));
    });
  }

  @Test
  void a_listing_sends_every_parameter_encoded_in_the_contract_order(VertxTestContext test) {
    String url = API + "/companies/cmp_acme/employees?ids=emp_1%2Cemp_2&email=grace%2Bscim%40example.com"
        + "&external_id=okta%2F00u1&status=active&branch_id=br_oslo&superior_id=emp_1"
        + "&updated_after=2026-12-01T10%3A00%3A00Z&created_after=2026-11-01T00%3A00%3A00.500Z"
        + "&sort=-updated_at&offset=100&limit=1";
    upstream.stubFor(get(urlEqualTo(url)).willReturn(json(200, "employee-page.json")));
    EmployeeQuery query = EmployeeQuery.builder()
        .ids(List.of("emp_1", "emp_2"))
        .email("grace+scim@example.com")
        .externalId("okta/00u1")
        .status(EmployeeStatus.ACTIVE)
        .branchId("br_oslo")
        .superiorId("emp_1")
        .updatedAfter(Instant.parse("2026-12-01T10:00:00Z"))
        .createdAfter(Instant.parse("2026-11-01T00:00:00.500Z"))
        .sort(EmployeeSort.UPDATED_AT_DESC)
        .offset(100)
        .limit(1)
        .build();

    expectSuccess(test, client.employees(CTX, "cmp_acme", query), page -> {
      assertThat(page.total()).isEqualTo(1234);
      assertThat(page.offset()).isEqualTo(100);
      assertThat(page.limit()).isEqualTo(1);
      assertThat(page.data()).extracting(Employee::id).containsExactly("emp_7Hq2");
      upstream.verify(1, withCommonHeaders(getRequestedFor(urlEqualTo(url)))
          .withQueryParam("email", equalTo("grace+scim@example.com")));
    });
  }

  @Test
  void a_listing_without_filters_sends_only_offset_and_limit(VertxTestContext test) {
    String url = API + "/companies/cmp_acme/employees?offset=0&limit=50";
    upstream.stubFor(get(urlEqualTo(url)).willReturn(json(200, "employee-page.json")));

    expectSuccess(test, client.employees(CTX, "cmp_acme", EmployeeQuery.builder().build()),
        page -> upstream.verify(1, withCommonHeaders(getRequestedFor(urlEqualTo(url)))));
  }

  @Test
  void a_create_posts_the_snake_case_body_with_its_idempotency_key(VertxTestContext test) {
    String path = API + "/companies/cmp_acme/employees";
    upstream.stubFor(post(path).willReturn(json(201, "employee-created.json")));
    NewEmployee grace = new NewEmployee("grace+scim@example.com", "Grace", "Hopper", "br_oslo",
        null, "okta-00u1", Map.of("cf_cost_center", TextNode.valueOf("4410")));

    expectSuccess(test, client.createEmployee(CTX, "cmp_acme", grace, "idem-7f3a"), created -> {
      assertThat(created.id()).isEqualTo("emp_9Zx1");
      assertThat(created.status()).isEqualTo(EmployeeStatus.ACTIVE);
      assertThat(created.version()).isEqualTo(1);
      upstream.verify(1, withCommonHeaders(postRequestedFor(urlEqualTo(path)))
          .withHeader("Idempotency-Key", equalTo("idem-7f3a"))
          .withHeader("Content-Type", equalTo("application/json"))
          .withRequestBody(equalToJson("""
              {"email": "grace+scim@example.com", "first_name": "Grace", "last_name": "Hopper",
               "branch_id": "br_oslo", "external_id": "okta-00u1",
               "custom_fields": {"cf_cost_center": "4410"}}""")));
    });
  }

  @Test
  void an_employee_is_fetched_and_its_custom_fields_keep_their_json_types(VertxTestContext test) {
    String path = API + "/companies/cmp_acme/employees/emp_7Hq2";
    upstream.stubFor(get(path).willReturn(json(200, "employee.json")));

    expectSuccess(test, client.employee(CTX, "cmp_acme", "emp_7Hq2"), employee -> {
      assertThat(employee).isEqualTo(Fixtures.decode("employee.json", Employee.class));
      assertThat(employee.firstName()).isEqualTo("Ada");
      assertThat(employee.superiorId()).isEqualTo("emp_1");
      assertThat(employee.createdAt()).isEqualTo(Instant.parse("2026-11-30T08:15:02.123Z"));
      assertThat(employee.version()).isEqualTo(4);
      assertThat(employee.customFields()).containsEntry("cf_cost_center", TextNode.valueOf("4410"))
          .containsEntry("cf_level_no", IntNode.valueOf(3))
          .containsEntry("cf_remote", BooleanNode.TRUE);
      upstream.verify(1, withCommonHeaders(getRequestedFor(urlEqualTo(path))));
    });
  }

  @Test
  void path_segments_are_percent_encoded(VertxTestContext test) {
    String path = API + "/companies/cmp%2Facme/employees/emp%207%3F%23%C3%A5";
    upstream.stubFor(get(urlEqualTo(path)).willReturn(json(200, "employee.json")));

    expectSuccess(test, client.employee(CTX, "cmp/acme", "emp 7?#å"),
        employee -> upstream.verify(1, getRequestedFor(urlEqualTo(path))));
  }

  @Test
  void a_conditional_patch_sends_the_quoted_version_and_only_the_members_set(VertxTestContext test) {
    String path = API + "/companies/cmp_acme/employees/emp_7Hq2";
    upstream.stubFor(patch(urlEqualTo(path)).willReturn(json(200, "employee.json")));
    EmployeePatch changes = EmployeePatch.builder()
        .email("ada@example.com")
        .superiorId(null)
        .customField("cf_cost_center", null)
        .customField("cf_level_no", IntNode.valueOf(3))
        .build();

    expectSuccess(test, client.patchEmployee(CTX, "cmp_acme", "emp_7Hq2", changes, 4L), employee ->
        upstream.verify(1, withCommonHeaders(patchRequestedFor(urlEqualTo(path)))
            .withHeader("If-Match", equalTo("\"4\""))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalTo(
                "{\"email\":\"ada@example.com\",\"superior_id\":null,"
                    + "\"custom_fields\":{\"cf_cost_center\":null,\"cf_level_no\":3}}"))));
  }

  @Test
  void an_unconditional_patch_sends_no_if_match(VertxTestContext test) {
    String path = API + "/companies/cmp_acme/employees/emp_7Hq2";
    upstream.stubFor(patch(urlEqualTo(path)).willReturn(json(200, "employee.json")));
    EmployeePatch changes = EmployeePatch.builder().externalId(null).build();

    expectSuccess(test, client.patchEmployee(CTX, "cmp_acme", "emp_7Hq2", changes, null), employee ->
        upstream.verify(1, withCommonHeaders(patchRequestedFor(urlEqualTo(path)))
            .withHeader("If-Match", absent())
            .withRequestBody(equalTo("{\"external_id\":null}"))));
  }

  @Test
  void archive_posts_to_the_archive_path_without_a_body(VertxTestContext test) {
    String path = API + "/companies/cmp_acme/employees/emp_7Hq2/archive";
    upstream.stubFor(post(urlEqualTo(path)).willReturn(json(200, "employee-archived.json")));

    expectSuccess(test, client.archiveEmployee(CTX, "cmp_acme", "emp_7Hq2"), employee -> {
      assertThat(employee.status()).isEqualTo(EmployeeStatus.ARCHIVED);
      assertThat(employee.superiorId()).isNull();
      assertThat(employee.externalId()).isNull();
      assertThat(employee.customFields()).isEmpty();
      upstream.verify(1, withCommonHeaders(postRequestedFor(urlEqualTo(path)))
          .withHeader("Content-Type", absent())
          .withHeader("Idempotency-Key", absent()));
    });
  }

  @Test
  void delete_succeeds_on_204(VertxTestContext test) {
    String path = API + "/companies/cmp_acme/employees/emp_7Hq2";
    upstream.stubFor(delete(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));

    expectSuccess(test, client.deleteEmployee(CTX, "cmp_acme", "emp_7Hq2"),
        nothing -> upstream.verify(1, withCommonHeaders(deleteRequestedFor(urlEqualTo(path)))));
  }

  @Test
  void ping_succeeds_when_the_key_set_answers(VertxTestContext test) {
    upstream.stubFor(get(API + "/scim/jwks").willReturn(json(200, "jwks.json")));

    expectSuccess(test, client.ping(CTX),
        nothing -> upstream.verify(1, withCommonHeaders(getRequestedFor(urlEqualTo(API + "/scim/jwks")))));
  }
}
