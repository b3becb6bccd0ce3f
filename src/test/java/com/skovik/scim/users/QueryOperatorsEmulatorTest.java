package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.emulator.Employee;
import com.skovik.scim.emulator.EmployeeFields;
import com.skovik.scim.support.EmulatorGatewayTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operator on every attribute type the gateway exposes, through {@code GET /Users} in
 * front of the emulator: strings (case-exact or not), booleans, dateTimes, decimals (a number
 * custom field), complex and multi-valued attributes, the enterprise and Skovik extensions,
 * precedence and {@code not}. Pushed-down and gateway-evaluated conditions must agree on the
 * same data. Answers list first names in creation order.
 */
class QueryOperatorsEmulatorTest extends EmulatorGatewayTest {

  private static final String LISTINGS = "GET /companies/{cid}/employees";

  private final Map<String, String> values = new LinkedHashMap<>();

  @BeforeEach
  void fourEmployees() {
    Employee ada = store().addEmployee(COMPANY, new EmployeeFields("ada@example.com", "Ada", "Lovelace",
        OSLO, null, "A-1", Map.of(CF_COST_CENTER, "4410", CF_WEEKLY_HOURS, 37.5, CF_REMOTE, true,
            CF_START_DATE, "2024-03-01", CF_LEVEL, "senior")));
    Employee grace = store().addEmployee(COMPANY, new EmployeeFields("grace@example.com", "Grace", "Hopper",
        STOCKHOLM, ada.id(), "b-2", Map.of(CF_WEEKLY_HOURS, 20, CF_REMOTE, false,
            CF_START_DATE, "2023-01-15", CF_LEVEL, "lead")));
    Employee linus = store().addEmployee(COMPANY, new EmployeeFields("linus@example.org", "Linus", "Torvalds",
        OSLO, grace.id(), null, Map.of()));
    Employee margaret = store().addEmployee(COMPANY, new EmployeeFields("margaret@example.com", "Margaret",
        "Hamilton", BERGEN_ARCHIVED, ada.id(), null, Map.of(CF_WEEKLY_HOURS, 40, CF_REMOTE, true,
            CF_LEVEL, "junior")));
    Employee linusArchived = store().archiveEmployee(COMPANY, linus.id());
    values.put("ada.id", ada.id());
    values.put("grace.id", grace.id());
    values.put("grace.created", grace.createdAt().toString());
    values.put("margaret.created", margaret.createdAt().toString());
    values.put("linus.updated", linusArchived.updatedAt().toString());
  }

  @TestFactory
  Stream<DynamicTest> every_operator_on_every_type() {
    return cases().entrySet().stream().map(each -> DynamicTest.dynamicTest(each.getKey(), () -> {
      String filter = resolve(each.getKey());
      JsonNode list = gateway.get(usersFiltered(filter)).json();

      assertThat(firstNames(list)).as("%s → %s", filter, list).isEqualTo(each.getValue());
      assertThat(list.path("totalResults").asInt()).isEqualTo(each.getValue().size());
    }));
  }

  @Test
  void pushed_down_lookups_cost_one_listing_call_against_the_emulator() {
    gateway.get(USERS + "?count=1"); // warms the tenant and branch caches
    for (String filter : List.of("userName eq \"ADA@example.com\"", "externalId eq \"A-1\"",
        "id eq \"" + values.get("ada.id") + "\"", "emails[type eq \"work\"].value eq \"ada@example.com\"")) {
      emulator.resetRequestCounts();

      JsonNode list = gateway.get(usersFiltered(filter)).json();

      assertThat(firstNames(list)).as(filter).containsExactly("Ada");
      assertThat(emulator.requestCounts()).as(filter).isEqualTo(Map.of(LISTINGS, 1));
    }
  }

  @Test
  void a_gateway_filter_costs_one_listing_per_page_and_the_managers_names_of_the_answer() {
    gateway.get(USERS); // warms the tenant and branch caches for every employee's branch
    emulator.resetRequestCounts();

    JsonNode list = gateway.get(usersFiltered("name.familyName co \"o\"")).json();

    assertThat(firstNames(list)).containsExactly("Ada", "Grace", "Linus", "Margaret");
    // One page of everyone, then one batched call for the managers of the answer.
    assertThat(emulator.requestCounts()).isEqualTo(Map.of(LISTINGS, 2));
  }

  @Test
  void another_companys_employees_are_never_listed() {
    JsonNode list = gateway.get(USERS).json();

    assertThat(list.path("totalResults").asInt()).isEqualTo(4);
    assertThat(firstNames(list)).doesNotContain("Some");
  }

  private static Map<String, List<String>> cases() {
    Map<String, List<String>> cases = new LinkedHashMap<>();
    // string, not case-exact
    cases.put("userName eq \"GRACE@example.com\"", List.of("Grace"));
    cases.put("userName ne \"grace@example.com\"", List.of("Ada", "Linus", "Margaret"));
    cases.put("userName co \"AR\"", List.of("Margaret"));
    cases.put("userName sw \"L\"", List.of("Linus"));
    cases.put("userName ew \".ORG\"", List.of("Linus"));
    cases.put("userName gt \"grace@example.com\"", List.of("Linus", "Margaret"));
    cases.put("userName ge \"grace@example.com\"", List.of("Grace", "Linus", "Margaret"));
    cases.put("userName lt \"grace@example.com\"", List.of("Ada"));
    cases.put("userName le \"GRACE@EXAMPLE.COM\"", List.of("Ada", "Grace"));
    cases.put("userName pr", List.of("Ada", "Grace", "Linus", "Margaret"));
    // string, case-exact
    cases.put("externalId eq \"b-2\"", List.of("Grace"));
    cases.put("externalId eq \"B-2\"", List.of());
    cases.put("externalId co \"-\"", List.of("Ada", "Grace"));
    cases.put("externalId lt \"a\"", List.of("Ada"));
    cases.put("externalId pr", List.of("Ada", "Grace"));
    cases.put("not (externalId pr)", List.of("Linus", "Margaret"));
    // boolean
    cases.put("active eq false", List.of("Linus"));
    cases.put("active eq true", List.of("Ada", "Grace", "Margaret"));
    cases.put("active ne true", List.of("Linus"));
    cases.put("custom_field3 eq true", List.of("Ada", "Margaret"));
    cases.put("custom_field3 ne true", List.of("Grace"));
    cases.put("not (custom_field3 eq true)", List.of("Grace", "Linus"));
    cases.put("urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field3 pr", List.of("Ada", "Grace", "Margaret"));
    cases.put("emails.primary eq true", List.of("Ada", "Grace", "Linus", "Margaret"));
    // dateTime
    cases.put("meta.created eq \"{grace.created}\"", List.of("Grace"));
    cases.put("meta.created ne \"{grace.created}\"", List.of("Ada", "Linus", "Margaret"));
    cases.put("meta.created gt \"{grace.created}\"", List.of("Linus", "Margaret"));
    cases.put("meta.created ge \"{grace.created}\"", List.of("Grace", "Linus", "Margaret"));
    cases.put("meta.created lt \"{grace.created}\"", List.of("Ada"));
    cases.put("meta.created le \"{grace.created}\"", List.of("Ada", "Grace"));
    cases.put("meta.created pr", List.of("Ada", "Grace", "Linus", "Margaret"));
    cases.put("meta.lastModified gt \"{margaret.created}\"", List.of("Linus"));
    cases.put("meta.lastModified ge \"{linus.updated}\"", List.of("Linus"));
    cases.put("meta.lastModified lt \"{linus.updated}\"", List.of("Ada", "Grace", "Margaret"));
    // decimal: a number custom field
    cases.put("custom_field2 eq 37.5", List.of("Ada"));
    cases.put("custom_field2 eq 20.00", List.of("Grace"));
    cases.put("custom_field2 ne 20", List.of("Ada", "Margaret"));
    cases.put("custom_field2 gt 37.5", List.of("Margaret"));
    cases.put("custom_field2 ge 37.5", List.of("Ada", "Margaret"));
    cases.put("custom_field2 lt 37.5", List.of("Grace"));
    cases.put("custom_field2 le 20", List.of("Grace"));
    cases.put("custom_field2 pr", List.of("Ada", "Grace", "Margaret"));
    cases.put("not (custom_field2 pr)", List.of("Linus"));
    cases.put("urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field2 gt 1e1", List.of("Ada", "Grace", "Margaret"));
    // complex
    cases.put("name.familyName eq \"hopper\"", List.of("Grace"));
    cases.put("name.givenName co \"in\"", List.of("Linus"));
    cases.put("name.formatted ew \"Hamilton\"", List.of("Margaret"));
    cases.put("name pr", List.of("Ada", "Grace", "Linus", "Margaret"));
    cases.put("manager.value eq \"{ada.id}\"", List.of("Grace", "Margaret"));
    cases.put("manager eq \"{grace.id}\"", List.of("Linus"));
    cases.put("manager pr", List.of("Grace", "Linus", "Margaret"));
    cases.put("not (manager pr)", List.of("Ada"));
    cases.put("manager.displayName eq \"ada lovelace\"", List.of("Grace", "Margaret"));
    cases.put("manager.displayName co \"Hop\"", List.of("Linus"));
    cases.put("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager[value eq \"{ada.id}\" and displayName sw \"Ada\"]",
        List.of("Grace", "Margaret"));
    // the enterprise extension's string
    cases.put("division eq \"se-sto\"", List.of("Grace"));
    cases.put("division eq \"NO-BGO\"", List.of("Margaret"));
    cases.put("division eq \"XX-NONE\"", List.of());
    cases.put("division ne \"NO-OSL\"", List.of("Grace", "Margaret"));
    cases.put("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division sw \"NO\"", List.of("Ada", "Linus", "Margaret"));
    // multi-valued
    cases.put("emails.value ew \"example.org\"", List.of("Linus"));
    cases.put("emails[type eq \"work\" and value co \"ar\"]", List.of("Margaret"));
    cases.put("emails[type eq \"work\"].value eq \"ada@example.com\"", List.of("Ada"));
    cases.put("emails.type eq \"work\"", List.of("Ada", "Grace", "Linus", "Margaret"));
    cases.put("emails[type eq \"home\"]", List.of());
    cases.put("emails pr", List.of("Ada", "Grace", "Linus", "Margaret"));
    // the Skovik extension's strings: text, select (case-exact), date
    cases.put("custom_field1 eq \"4410\"", List.of("Ada"));
    cases.put("custom_field1 co \"41\"", List.of("Ada"));
    cases.put("custom_field5 eq \"senior\"", List.of("Ada"));
    cases.put("custom_field5 eq \"Senior\"", List.of());
    cases.put("custom_field5 ne \"senior\"", List.of("Grace", "Margaret"));
    cases.put("custom_field4 sw \"2024\"", List.of("Ada"));
    cases.put("custom_field4 gt \"2023-06-01\"", List.of("Ada"));
    cases.put("custom_field4 le \"2023-06-01\"", List.of("Grace"));
    // precedence and not
    cases.put("userName sw \"a\" or userName sw \"g\" and active eq false", List.of("Ada"));
    cases.put("(userName sw \"a\" or userName sw \"l\") and active eq false", List.of("Linus"));
    cases.put("not (userName sw \"a\" or userName sw \"g\")", List.of("Linus", "Margaret"));
    cases.put("active eq true and not (division eq \"NO-OSL\")", List.of("Grace", "Margaret"));
    cases.put("id eq \"{ada.id}\" or id eq \"{grace.id}\"", List.of("Ada", "Grace"));
    cases.put("(id eq \"{ada.id}\" or id eq \"{grace.id}\") and custom_field2 gt 30", List.of("Ada"));
    return cases;
  }

  private String resolve(String filter) {
    String resolved = filter;
    for (Map.Entry<String, String> value : values.entrySet()) {
      resolved = resolved.replace("{" + value.getKey() + "}", value.getValue());
    }
    return resolved;
  }

  private static List<String> firstNames(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.path("Resources").forEach(user -> names.add(user.path("name").path("givenName").asText()));
    return names;
  }
}
