package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.auth.Tenant;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.ScimSchemas;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.scim.schema.CustomFieldAttribute.Kind;
import com.skovik.scim.skovik.Employee;
import com.skovik.scim.skovik.EmployeeStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Skovik employee → SCIM User, without Vert.x: the whole resource, attribute by attribute. */
class UserMapperTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String BASE = "https://scim.example.com/scim/v2";
  private static final Tenant TENANT = new Tenant("cmp_acme", "idp_okta", null, List.of(
      new CustomFieldAttribute("custom_field1", "cf_cost", "Cost center", Kind.TEXT, List.of()),
      new CustomFieldAttribute("custom_field4", "cf_remote", "Remote", Kind.BOOLEAN, List.of())));

  @Test
  void an_employee_with_everything_maps_to_the_full_user() {
    Employee ada = new Employee("emp_ada", "Ada.Lovelace@Example.com", "Ada", "Lovelace",
        EmployeeStatus.ACTIVE, "br_oslo", "emp_grace", "ext-1",
        Map.of("cf_cost", NODES.textNode("4410"), "cf_remote", NODES.booleanNode(false),
            "cf_secret", NODES.textNode("not mapped")),
        Instant.parse("2026-11-30T08:15:02.123Z"), Instant.parse("2026-12-01T10:00:00.456Z"), 7);

    ObjectNode user = UserMapper.toScim(ada, new UserMapper.Related("NO-OSL", "Grace Hopper"), TENANT, BASE);

    assertThat(user).isEqualTo(ScimJson.parse("""
        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                     "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                     "urn:ietf:params:scim:schemas:extension:skovik:2.0:User"],
         "id": "emp_ada",
         "externalId": "ext-1",
         "userName": "Ada.Lovelace@Example.com",
         "name": {"formatted": "Ada Lovelace", "familyName": "Lovelace", "givenName": "Ada"},
         "displayName": "Ada Lovelace",
         "active": true,
         "emails": [{"value": "Ada.Lovelace@Example.com", "type": "work", "primary": true}],
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
           "division": "NO-OSL",
           "manager": {"value": "emp_grace",
                       "$ref": "https://scim.example.com/scim/v2/Users/emp_grace",
                       "displayName": "Grace Hopper"}},
         "urn:ietf:params:scim:schemas:extension:skovik:2.0:User": {
           "custom_field1": "4410", "custom_field4": false},
         "meta": {"resourceType": "User", "created": "2026-11-30T08:15:02.123Z",
                  "lastModified": "2026-12-01T10:00:00.456Z",
                  "location": "https://scim.example.com/scim/v2/Users/emp_ada",
                  "version": "W/\\"7\\""}}
        """.getBytes()));
  }

  @Test
  void an_archived_employee_without_optional_values_maps_to_an_inactive_sparse_user() {
    Employee archived = new Employee("emp_old", "old@example.com", "Old", "Timer",
        EmployeeStatus.ARCHIVED, "br_hq", null, null, Map.of(),
        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), 3);

    ObjectNode user = UserMapper.toScim(archived, new UserMapper.Related(null, null), TENANT, BASE);

    assertThat(user.path("active").asBoolean()).isFalse();
    assertThat(user.has("externalId")).isFalse();
    assertThat(user.path("schemas")).extracting(JsonNode::asText)
        .containsExactly(ScimSchemas.CORE_USER, ScimSchemas.ENTERPRISE_USER);
    assertThat(user.path(ScimSchemas.ENTERPRISE_USER).isEmpty()).isTrue();
    assertThat(user.has(ScimSchemas.SKOVIK_USER)).isFalse();
  }

  @Test
  void a_manager_without_a_known_name_keeps_its_value_and_reference() {
    Employee ada = new Employee("emp_ada", "ada@example.com", "Ada", "Lovelace",
        EmployeeStatus.ACTIVE, "br_oslo", "emp_gone", null, Map.of(),
        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), 3);

    JsonNode manager = UserMapper.toScim(ada, new UserMapper.Related("NO-OSL", null), TENANT, BASE)
        .path(ScimSchemas.ENTERPRISE_USER).path("manager");

    assertThat(manager).isEqualTo(ScimJson.parse("""
        {"value": "emp_gone", "$ref": "https://scim.example.com/scim/v2/Users/emp_gone"}
        """.getBytes()));
  }
}
