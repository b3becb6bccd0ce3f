package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.auth.Tenant;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.filter.AttributePath;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.scim.schema.CustomFieldAttribute.Kind;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.skovik.Employee;
import com.skovik.scim.skovik.EmployeeStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sort keys read from the SCIM view of a user, and the order they make (RFC 7644 §3.4.2.3). */
class SortKeysTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Tenant TENANT = new Tenant("cmp_acme", "idp_okta", null, List.of(
      new CustomFieldAttribute("custom_field1", "cf_cost_center", "Cost center", Kind.TEXT, null),
      new CustomFieldAttribute("custom_field2", "cf_hours", "Weekly hours", Kind.NUMBER, null),
      new CustomFieldAttribute("custom_field3", "cf_remote", "Remote", Kind.BOOLEAN, null)));
  private static final ResourceSchema SCHEMA = TENANT.userSchema();

  private final ObjectNode ada = view(employee("emp_ada", "Ada.Lovelace@Example.com", "Ext-B",
      "emp_grace", Map.of("cf_cost_center", "Aa", "cf_hours", 37.5, "cf_remote", true)), "NO-OSL", "Grace Hopper");
  private final ObjectNode bare = view(employee("emp_bare", "b@example.com", null, null, Map.of()), null, null);

  @Test
  void strings_that_are_not_case_exact_sort_by_their_lower_case() {
    assertThat(key(ada, "userName")).isEqualTo("ada.lovelace@example.com");
    assertThat(key(ada, "name.givenName")).isEqualTo("ada");
    assertThat(key(ada, "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division")).isEqualTo("no-osl");
    assertThat(key(ada, "emails")).isEqualTo("ada.lovelace@example.com");
    assertThat(key(ada, "emails.type")).isEqualTo("work");
  }

  @Test
  void case_exact_strings_keep_their_case() {
    assertThat(key(ada, "externalId")).isEqualTo("Ext-B");
    assertThat(key(ada, "id")).isEqualTo("emp_ada");
    assertThat(key(ada, "urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field1")).isEqualTo("Aa");
    assertThat(key(ada, "manager.value")).isEqualTo("emp_grace");
    assertThat(key(ada, "manager")).as("a complex attribute alone sorts by its value").isEqualTo("emp_grace");
  }

  @Test
  void numbers_booleans_and_date_times_keep_their_type() {
    assertThat(key(ada, "custom_field2")).isEqualTo(new BigDecimal("37.5"));
    assertThat(key(ada, "urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field3")).isEqualTo(true);
    assertThat(key(ada, "meta.created")).isEqualTo(T0);
    assertThat(key(ada, "META.LASTMODIFIED")).isEqualTo(T0.plusSeconds(60));
    assertThat(key(ada, "meta.version")).isEqualTo("W/\"3\"");
  }

  @Test
  void managers_names_are_keys_when_the_view_has_them() {
    assertThat(key(ada, "manager.displayName")).isEqualTo("grace hopper");
    assertThat(SortKeys.namesManager(AttributePath.parse("manager.displayName"))).isTrue();
    assertThat(SortKeys.namesManager(AttributePath.parse(
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName"))).isTrue();
    assertThat(SortKeys.namesManager(AttributePath.parse("manager.value"))).isFalse();
    assertThat(SortKeys.namesManager(null)).isFalse();
  }

  @Test
  void a_user_without_the_value_has_no_key() {
    assertThat(key(bare, "externalId")).isNull();
    assertThat(key(bare, "division")).isNull();
    assertThat(key(bare, "manager.value")).isNull();
    assertThat(key(bare, "custom_field2")).isNull();
    assertThat(SortKeys.keyOf(bare, null, SCHEMA)).isNull();
  }

  @Test
  void ascending_puts_users_without_a_value_last_and_breaks_ties_by_id() {
    List<ListWindow.Candidate> sorted = sorted(false, "b", null, "a", "b", null);

    assertThat(sorted).extracting(c -> c.employee().id())
        .containsExactly("e2", "e0", "e3", "e1", "e4");
  }

  @Test
  void descending_puts_users_without_a_value_first_and_still_breaks_ties_by_ascending_id() {
    List<ListWindow.Candidate> sorted = sorted(true, "b", null, "a", "b", null);

    assertThat(sorted).extracting(c -> c.employee().id())
        .containsExactly("e1", "e4", "e0", "e3", "e2");
  }

  @Test
  void numbers_sort_by_value_not_by_text() {
    List<ListWindow.Candidate> sorted = sorted(false, new BigDecimal("10"), new BigDecimal("9.5"),
        new BigDecimal("-1"));

    assertThat(sorted).extracting(ListWindow.Candidate::sortKey)
        .containsExactly(new BigDecimal("-1"), new BigDecimal("9.5"), new BigDecimal("10"));
  }

  @Test
  void keys_of_different_types_still_sort_in_a_total_order() {
    List<ListWindow.Candidate> once = sorted(false, "ten", new BigDecimal("10"), true, "nine");
    List<ListWindow.Candidate> again = sorted(false, true, "nine", new BigDecimal("10"), "ten");

    assertThat(once).extracting(ListWindow.Candidate::sortKey)
        .containsExactlyElementsOf(again.stream().map(ListWindow.Candidate::sortKey).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"userName", "externalId", "id", "displayName", "name.formatted",
      "emails.value", "manager", "manager.displayName", "division",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division",
      "urn:ietf:params:scim:schemas:core:2.0:User:userName", "custom_field1",
      "urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field2",
      "meta.created", "meta.lastModified", "meta.version", "meta.location", "meta.resourceType",
      "ACTIVE"})
  void accepts_every_attribute_users_can_be_sorted_by(String sortBy) {
    SortKeys.check(AttributePath.parse(sortBy), SCHEMA);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nickName", "name", "name.middleName", "userName.value", "meta",
      "meta.etag", "custom_field9",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:userName",
      "urn:example:unknown:User:userName"})
  void refuses_what_users_cannot_be_sorted_by(String sortBy) {
    assertThatThrownBy(() -> SortKeys.check(AttributePath.parse(sortBy), SCHEMA))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.detail()).contains("sortBy \"" + sortBy + "\"");
        });
  }

  private static Object key(ObjectNode view, String sortBy) {
    return SortKeys.keyOf(view, AttributePath.parse(sortBy), SCHEMA);
  }

  private static List<ListWindow.Candidate> sorted(boolean descending, Object... keys) {
    List<ListWindow.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      candidates.add(new ListWindow.Candidate(employee("e" + i, "e" + i + "@x.com", null, null, Map.of()), keys[i]));
    }
    candidates.sort(SortKeys.order(descending));
    return candidates;
  }

  private static ObjectNode view(Employee employee, String division, String managerName) {
    return UserMapper.toScim(employee, new UserMapper.Related(division, managerName), TENANT,
        "https://gw.example/scim/v2");
  }

  private static Employee employee(String id, String email, String externalId, String superiorId,
      Map<String, Object> customFields) {
    Map<String, JsonNode> fields = new HashMap<>();
    customFields.forEach((field, value) -> fields.put(field, ScimJson.mapper().valueToTree(value)));
    return new Employee(id, email, "Ada", "Lovelace", EmployeeStatus.ACTIVE, "br_oslo", superiorId,
        externalId, fields, T0, T0.plusSeconds(60), 3);
  }
}
