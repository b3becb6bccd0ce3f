package com.skovik.scim.emulator;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The company most tests work in ({@value #COMPANY}) and a second one ({@value #OTHER_COMPANY})
 * whose objects must stay invisible from the first.
 */
final class TestTenant {

  static final String COMPANY = "cmp_acme";
  static final String OTHER_COMPANY = "cmp_other";
  static final String EMPLOYEES = "/companies/" + COMPANY + "/employees";
  static final String IDP = "idp_okta";
  static final String OTHER_EMPLOYEE = "emp_other";
  static final String OTHER_BRANCH = "br_other";

  private TestTenant() {}

  static void seed(EmulatorStore store) {
    store.addCompany(COMPANY);
    store.addBranch(COMPANY, "br_oslo", "Oslo", "NO-OSL", false);
    store.addBranch(COMPANY, "br_bergen", "Bergen", "NO-BGO", false);
    store.addBranch(COMPANY, "br_closed", "Closed office", "XX-OLD", true);
    store.addCustomField(COMPANY, "cf_text", "Cost center", CustomFieldType.TEXT, List.of());
    store.addCustomField(COMPANY, "cf_number", "Weekly hours", CustomFieldType.NUMBER, List.of());
    store.addCustomField(COMPANY, "cf_flag", "Remote", CustomFieldType.BOOLEAN, List.of());
    store.addCustomField(COMPANY, "cf_date", "Start date", CustomFieldType.DATE, List.of());
    store.addCustomField(COMPANY, "cf_level", "Level", CustomFieldType.SELECT, List.of("junior", "senior"));
    store.addIdentityProvider(COMPANY, new IdentityProvider(IDP, "Okta production", true, List.of("tok_1"),
        "br_oslo", Map.of("custom_field1", "cf_text", "custom_field2", "cf_level")));

    store.addCompany(OTHER_COMPANY);
    store.addBranch(OTHER_COMPANY, OTHER_BRANCH, "Elsewhere", "NO-OSL", false);
    store.addIdentityProvider(OTHER_COMPANY, new IdentityProvider("idp_other", "Other", true, List.of(), null, Map.of()));
    store.addEmployee(OTHER_COMPANY, OTHER_EMPLOYEE,
        EmployeeFields.of("shared@example.com", "Other", "Person", OTHER_BRANCH));
  }

  /** A valid create body in Oslo. */
  static JsonObject newEmployee(String email, String firstName, String lastName) {
    return new JsonObject()
        .put("email", email)
        .put("first_name", firstName)
        .put("last_name", lastName)
        .put("branch_id", "br_oslo");
  }

  static JsonObject newEmployee(String email) {
    return newEmployee(email, "Ada", "Lovelace");
  }

  static String employee(String employeeId) {
    return EMPLOYEES + "/" + employeeId;
  }
}
