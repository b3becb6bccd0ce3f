package com.skovik.scim.emulator;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmulatorStoreTest {

  private final EmulatorStore store = new EmulatorStore(Clock.systemUTC());

  @BeforeEach
  void seedCompany() {
    TestTenant.seed(store);
  }

  @Test
  void ten_thousand_employees_are_seeded_in_one_call_with_distinct_ids() {
    List<EmployeeFields> fields = IntStream.range(0, 10_000)
        .mapToObj(i -> EmployeeFields.of("user" + i + "@example.com", "User", "Number " + i, "br_oslo"))
        .toList();
    List<Employee> seeded = store.addEmployees(TestTenant.COMPANY, fields);
    assertThat(seeded).hasSize(10_000);
    assertThat(new HashSet<>(seeded.stream().map(Employee::id).toList())).hasSize(10_000);
    assertThat(store.employees(TestTenant.COMPANY)).hasSize(10_000);
    assertThat(store.employee(TestTenant.COMPANY, seeded.get(9_999).id())).contains(seeded.get(9_999));
  }

  @Test
  void seeding_a_taken_email_fails_loudly() {
    store.addEmployee(TestTenant.COMPANY, EmployeeFields.of("ada@example.com", "Ada", "Lovelace", "br_oslo"));
    assertThatThrownBy(() -> store.addEmployee(TestTenant.COMPANY,
        EmployeeFields.of("ADA@example.com", "Ada", "King", "br_oslo")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email taken");
  }

  @Test
  void seeding_into_an_unknown_branch_or_company_fails_loudly() {
    assertThatThrownBy(() -> store.addEmployee(TestTenant.COMPANY, EmployeeFields.of("a@example.com", "A", "B", "br_x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.addBranch("cmp_nobody", "br_x", "X", null, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void external_identifiers_stay_unique_ignoring_case() {
    assertThatThrownBy(() -> store.addBranch(TestTenant.COMPANY, "br_new", "New", "no-osl", false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.setBranchExternalIdentifier(TestTenant.COMPANY, "br_bergen", "NO-osl"))
        .isInstanceOf(IllegalArgumentException.class);
    store.setBranchExternalIdentifier(TestTenant.COMPANY, "br_bergen", null);
    assertThat(store.branch(TestTenant.COMPANY, "br_bergen").orElseThrow().externalIdentifier()).isNull();
  }

  @Test
  void a_chosen_employee_id_is_never_used_twice_even_after_delete() {
    store.addEmployee(TestTenant.COMPANY, "emp_1", EmployeeFields.of("a@example.com", "A", "B", "br_oslo"));
    store.inCompany(TestTenant.COMPANY, company -> {
      company.removeEmployee("emp_1");
      return null;
    });
    assertThatThrownBy(() -> store.addEmployee(TestTenant.COMPANY, "emp_1",
        EmployeeFields.of("a@example.com", "A", "B", "br_oslo")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already used");
  }

  @Test
  void identity_provider_mappings_must_name_known_custom_fields() {
    assertThatThrownBy(() -> store.addIdentityProvider(TestTenant.COMPANY, new IdentityProvider("idp_x", "X", true,
        List.of(), null, Map.of("custom_field1", "cf_missing"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IdentityProvider("idp_x", "X", true, List.of(), null, Map.of("custom_field10", "cf_text")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
