package com.skovik.scim.emulator;

import java.util.List;
import java.util.Map;

/**
 * A ready-to-use demo company:
 * <ul>
 *   <li>company {@value #COMPANY_ID};</li>
 *   <li>branches Oslo ({@code NO-OSL}), Stockholm ({@code SE-STO}), Copenhagen ({@code DK-CPH})
 *       and the archived Bergen ({@code NO-BGO});</li>
 *   <li>one custom field of each type: cost center (text), weekly hours (number), remote
 *       (boolean), start date (date), level (select: junior, senior, lead);</li>
 *   <li>identity provider {@value #IDENTITY_PROVIDER_ID} with provisioning enabled, active
 *       token {@value #TOKEN_ID}, default branch Oslo ({@code br_oslo}: users sent without a
 *       division land there), and {@code custom_field1}…{@code custom_field5} mapped to the
 *       five custom fields in the order above.</li>
 * </ul>
 * No employees: the identity provider provisions them.
 */
public final class DemoSeed {

  public static final String COMPANY_ID = "cmp_demo";
  public static final String IDENTITY_PROVIDER_ID = "idp_demo";
  public static final String TOKEN_ID = "tok_demo_1";

  private DemoSeed() {}

  /** Seeds the demo company into the emulator and mints a token for its identity provider. */
  public static DemoTenant seed(SkovikEmulator emulator) {
    EmulatorStore store = emulator.store();
    store.addCompany(COMPANY_ID);
    store.addBranch(COMPANY_ID, "br_oslo", "Oslo", "NO-OSL", false);
    store.addBranch(COMPANY_ID, "br_stockholm", "Stockholm", "SE-STO", false);
    store.addBranch(COMPANY_ID, "br_copenhagen", "Copenhagen", "DK-CPH", false);
    store.addBranch(COMPANY_ID, "br_bergen", "Bergen", "NO-BGO", true);
    store.addCustomField(COMPANY_ID, "cf_cost_center", "Cost center", CustomFieldType.TEXT, List.of());
    store.addCustomField(COMPANY_ID, "cf_weekly_hours", "Weekly hours", CustomFieldType.NUMBER, List.of());
    store.addCustomField(COMPANY_ID, "cf_remote", "Works remotely", CustomFieldType.BOOLEAN, List.of());
    store.addCustomField(COMPANY_ID, "cf_start_date", "Start date", CustomFieldType.DATE, List.of());
    store.addCustomField(COMPANY_ID, "cf_level", "Level", CustomFieldType.SELECT, List.of("junior", "senior", "lead"));
    store.addIdentityProvider(COMPANY_ID, new IdentityProvider(
        IDENTITY_PROVIDER_ID,
        "Demo identity provider",
        true,
        List.of(TOKEN_ID),
        "br_oslo",
        Map.of(
            "custom_field1", "cf_cost_center",
            "custom_field2", "cf_weekly_hours",
            "custom_field3", "cf_remote",
            "custom_field4", "cf_start_date",
            "custom_field5", "cf_level")));
    return new DemoTenant(COMPANY_ID, IDENTITY_PROVIDER_ID,
        emulator.mintToken(COMPANY_ID, IDENTITY_PROVIDER_ID, TOKEN_ID));
  }
}
