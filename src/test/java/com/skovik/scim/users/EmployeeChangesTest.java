package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.skovik.scim.auth.Tenant;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.scim.schema.CustomFieldAttribute.Kind;
import com.skovik.scim.skovik.Employee;
import com.skovik.scim.skovik.EmployeeStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The merge patch between an employee and a desired User: real changes only. */
class EmployeeChangesTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Tenant TENANT = new Tenant("cmp_acme", "idp_okta", null, List.of(
      new CustomFieldAttribute("custom_field1", "cf_cost", "Cost center", Kind.TEXT, List.of()),
      new CustomFieldAttribute("custom_field3", "cf_fte", "FTE", Kind.NUMBER, List.of())));

  private static final Employee ADA = new Employee("emp_ada", "ada@example.com", "Ada", "Lovelace",
      EmployeeStatus.ACTIVE, "br_oslo", "emp_grace", "ext-1",
      Map.of("cf_cost", NODES.textNode("4410"), "cf_fte", NODES.numberNode(0.8),
          "cf_unmapped", NODES.textNode("kept")),
      Instant.parse("2026-11-30T08:15:02Z"), Instant.parse("2026-12-01T10:00:00Z"), 4);

  @Test
  void the_same_state_changes_nothing() {
    assertThat(EmployeeChanges.between(ADA, sameAsAda().build(), customFields(sameAsAda()), TENANT)
        .build().isEmpty()).isTrue();
  }

  @Test
  void each_changed_member_is_set_and_nothing_else() {
    State desired = sameAsAda().userName("ADA@example.com").familyName("King").externalId(null)
        .managerId(null).customField("custom_field3", NODES.numberNode(1));

    JsonNode patch = EmployeeChanges.between(ADA, desired.build(), customFields(desired), TENANT)
        .build().toJson();

    assertThat(patch).isEqualTo(json("""
        {"email": "ADA@example.com", "last_name": "King", "external_id": null,
         "superior_id": null, "custom_fields": {"cf_fte": 1}}
        """));
  }

  @Test
  void a_mapped_custom_field_left_out_is_cleared_and_an_unmapped_one_is_never_touched() {
    State desired = sameAsAda().customField("custom_field1", null);

    JsonNode patch = EmployeeChanges.between(ADA, desired.build(), customFields(desired), TENANT)
        .build().toJson();

    assertThat(patch).isEqualTo(json("{\"custom_fields\": {\"cf_cost\": null}}"));
  }

  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "12       | 12.0      | true",
      "0.8      | 0.80      | true",
      "12       | 13        | false",
      "\"12\"   | 12        | false",
      "true     | true      | true",
      "null     | null      | true",
      "\"a\"    | null      | false",
      "\"a\"    | \"A\"     | false"})
  void values_are_compared_as_skovik_stores_them(String a, String b, boolean same) {
    assertThat(EmployeeChanges.sameValue(json(a), json(b))).isEqualTo(same);
  }

  @Test
  void an_absent_value_equals_a_json_null() {
    assertThat(EmployeeChanges.sameValue(null, NODES.nullNode())).isTrue();
    assertThat(EmployeeChanges.sameValue(NODES.textNode("x"), null)).isFalse();
  }

  @ParameterizedTest(name = "current {0}, desired {1}: {2}")
  @CsvSource({"NO-OSL, NO-OSL, false", "NO-OSL, no-osl, false", "NO-OSL, NO-BGO, true",
      ", NO-BGO, true", "NO-OSL, , false", ", , false"})
  void the_branch_changes_only_when_another_division_is_named(String current, String desired,
      boolean changes) {
    assertThat(EmployeeChanges.branchChanges(current, sameAsAda().division(desired).build()))
        .isEqualTo(changes);
  }

  private static State sameAsAda() {
    return new State().userName("ada@example.com").givenName("Ada").familyName("Lovelace")
        .externalId("ext-1").division("NO-OSL").managerId("emp_grace")
        .customField("custom_field1", NODES.textNode("4410"))
        .customField("custom_field3", NODES.numberNode(0.8));
  }

  private static Map<String, JsonNode> customFields(State state) {
    return UserValidation.customFieldValues(state.build(), TENANT);
  }

  private static JsonNode json(String text) {
    return ScimJson.parse(text.getBytes());
  }

  /** A mutable UserState builder for readable tests. */
  private static final class State {
    private String userName;
    private String givenName;
    private String familyName;
    private String externalId;
    private String division;
    private String managerId;
    private final Map<String, JsonNode> customFields = new LinkedHashMap<>();

    State userName(String value) { userName = value; return this; }
    State givenName(String value) { givenName = value; return this; }
    State familyName(String value) { familyName = value; return this; }
    State externalId(String value) { externalId = value; return this; }
    State division(String value) { division = value; return this; }
    State managerId(String value) { managerId = value; return this; }

    State customField(String name, JsonNode value) {
      if (value == null) {
        customFields.remove(name);
      } else {
        customFields.put(name, value);
      }
      return this;
    }

    UserState build() {
      return new UserState(userName, givenName, familyName, externalId, null, division, managerId,
          customFields);
    }
  }
}
