package com.skovik.scim.skovik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract's documents read into records and written back in the contract's shape. */
class SkovikJsonTest {

  private static final ObjectMapper MAPPER = SkovikJson.mapper();

  @Test
  void an_employee_is_read_with_every_member() {
    Employee employee = Fixtures.decode("employee.json", Employee.class);

    assertThat(employee.id()).isEqualTo("emp_7Hq2");
    assertThat(employee.email()).isEqualTo("ada.lovelace@example.com");
    assertThat(employee.lastName()).isEqualTo("Lovelace");
    assertThat(employee.status()).isEqualTo(EmployeeStatus.ACTIVE);
    assertThat(employee.branchId()).isEqualTo("br_oslo");
    assertThat(employee.externalId()).isEqualTo("4f1c9e2a-8d0b-4c55-9a34-0b1e2f3a4b5c");
    assertThat(employee.customFields()).containsKeys("cf_cost_center", "cf_default_project");
    assertThat(employee.updatedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
  }

  @Test
  void an_employee_is_written_back_as_the_contract_shapes_it() throws Exception {
    Employee archived = Fixtures.decode("employee-archived.json", Employee.class);

    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(archived));

    assertThat(written).isEqualTo(MAPPER.readTree("""
        {"id": "emp_7Hq2", "email": "ada.lovelace@example.com", "first_name": "Ada",
         "last_name": "Lovelace", "status": "archived", "branch_id": "br_oslo",
         "superior_id": null, "external_id": null, "custom_fields": {},
         "created_at": "2026-11-30T08:15:02.123Z", "updated_at": "2026-12-02T09:30:00Z",
         "version": 5}"""));
  }

  @Test
  void a_new_employee_leaves_out_what_is_not_set() throws Exception {
    NewEmployee minimal = new NewEmployee("a@b.c", "A", "B", "br_1", null, null, null);

    assertThat(MAPPER.writeValueAsString(minimal))
        .isEqualTo("{\"email\":\"a@b.c\",\"first_name\":\"A\",\"last_name\":\"B\",\"branch_id\":\"br_1\"}");
  }

  @Test
  void custom_field_values_keep_their_json_type_both_ways() throws Exception {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    values.put("cf_hours", DecimalNode.valueOf(new BigDecimal("37.5")));
    values.put("cf_start", TextNode.valueOf("2026-12-01"));
    NewEmployee employee = new NewEmployee("a@b.c", "A", "B", "br_1", "emp_1", "ext", values);

    assertThat(MAPPER.writeValueAsString(employee)).endsWith("\"superior_id\":\"emp_1\","
        + "\"external_id\":\"ext\",\"custom_fields\":{\"cf_hours\":37.5,\"cf_start\":\"2026-12-01\"}}");
  }

  @Test
  void unknown_members_from_a_newer_api_are_ignored() throws Exception {
    Branch branch = MAPPER.readValue(
        "{\"id\":\"br_1\",\"name\":\"Oslo\",\"external_identifier\":null,\"archived\":true,\"region\":\"eu\"}",
        Branch.class);

    assertThat(branch).isEqualTo(new Branch("br_1", "Oslo", null, true));
  }

  @Test
  void timestamps_with_an_offset_are_read_as_instants() throws Exception {
    IdentityProvider idp = Fixtures.decode("identity-provider-without-default-branch.json", IdentityProvider.class);

    assertThat(idp.updatedAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
  }

  @Test
  void a_timestamp_that_is_not_rfc_3339_is_a_mapping_error() {
    String body = Fixtures.read("employee.json").replace("2026-11-30T08:15:02.123Z", "yesterday");

    assertThatThrownBy(() -> MAPPER.readValue(body, Employee.class)).isInstanceOf(JsonMappingException.class);
  }

  @Test
  void an_employee_without_a_version_is_rejected() {
    String body = Fixtures.read("employee.json").replace("\"version\": 4", "\"version\": 0");

    assertThatThrownBy(() -> MAPPER.readValue(body, Employee.class)).isInstanceOf(JsonMappingException.class);
  }
}
