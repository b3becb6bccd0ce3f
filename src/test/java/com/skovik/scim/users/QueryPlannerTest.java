package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.filter.AttributePath;
import com.skovik.scim.scim.filter.FilterParser;
import com.skovik.scim.scim.filter.FilterPrinter;
import com.skovik.scim.skovik.EmployeeSort;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner, table-driven over {@code queries/planner.json}: filter text → the upstream
 * listing parameters (the division still unresolved) and the residual filter the gateway
 * evaluates, printed back as filter text.
 */
class QueryPlannerTest {

  static Stream<Arguments> cases() {
    try (InputStream in = QueryPlannerTest.class.getResourceAsStream("/queries/planner.json")) {
      JsonNode table = ScimJson.parse(in.readAllBytes());
      List<Arguments> cases = new ArrayList<>();
      table.forEach(each -> cases.add(Arguments.of(Named.of(each.path("name").asText(), each))));
      return cases.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void plans_the_filter_as_the_table_says(JsonNode expected) {
    QueryPlan plan = QueryPlanner.plan(FilterParser.parse(expected.path("filter").asText()));

    Map<String, String> wanted = new LinkedHashMap<>();
    expected.path("upstream").fields().forEachRemaining(f -> wanted.put(f.getKey(), f.getValue().asText()));
    assertThat(upstreamParameters(plan)).as("upstream parameters").isEqualTo(wanted);
    assertThat(plan.division()).as("division").isEqualTo(textOrNull(expected.path("division")));
    String residual = plan.residual() == null ? null : FilterPrinter.print(plan.residual());
    assertThat(residual).as("residual").isEqualTo(textOrNull(expected.path("residual")));
    assertThat(plan.fullyPushedDown()).isEqualTo(residual == null);
    if (expected.has("gatewayAttributes")) {
      List<String> attributes = new ArrayList<>();
      expected.path("gatewayAttributes").forEach(a -> attributes.add(a.asText()));
      assertThat(plan.gatewayAttributes()).as("gatewayAttributes").isEqualTo(attributes);
    }
    if (expected.has("namesManagers")) {
      assertThat(plan.namesManagers()).as("namesManagers").isEqualTo(expected.path("namesManagers").asBoolean());
    }
  }

  @Test
  void no_filter_is_everyone_in_one_listing() {
    QueryPlan plan = QueryPlanner.plan(null);

    assertThat(upstreamParameters(plan)).isEmpty();
    assertThat(plan.fullyPushedDown()).isTrue();
    assertThat(plan.division()).isNull();
  }

  @Test
  void an_or_of_two_hundred_ids_is_one_parameter_and_of_more_is_left_to_the_gateway() {
    String twoHundred = IntStream.range(0, 200).mapToObj(i -> "id eq \"emp_" + i + "\"")
        .collect(Collectors.joining(" or "));
    String twoHundredOne = twoHundred + " or id eq \"emp_200\"";

    assertThat(upstreamParameters(QueryPlanner.plan(FilterParser.parse(twoHundred))).get("ids").split(","))
        .hasSize(200);
    QueryPlan tooMany = QueryPlanner.plan(FilterParser.parse(twoHundredOne));
    assertThat(upstreamParameters(tooMany)).isEmpty();
    assertThat(tooMany.residual()).isNotNull();
  }

  @Test
  void the_same_id_two_hundred_and_one_times_is_still_one_id() {
    String repeated = IntStream.range(0, 201).mapToObj(i -> "id eq \"emp_1\"")
        .collect(Collectors.joining(" or "));

    assertThat(upstreamParameters(QueryPlanner.plan(FilterParser.parse(repeated))))
        .containsExactly(Map.entry("ids", "emp_1"));
  }

  @ParameterizedTest(name = "sortBy={0} sortOrder descending={1} → sort={2}")
  @CsvSource(nullValues = "NONE", value = {
      "NONE,                  false, created_at",
      "NONE,                  true,  -created_at",
      "userName,              false, email",
      "userName,              true,  -email",
      "USERNAME,              false, email",
      "urn:ietf:params:scim:schemas:core:2.0:User:userName, true, -email",
      "name.givenName,        false, first_name",
      "name.givenName,        true,  -first_name",
      "name.familyName,       false, last_name",
      "Name.FamilyName,       true,  -last_name",
      "meta.created,          false, created_at",
      "meta.created,          true,  -created_at",
      "meta.lastModified,     false, updated_at",
      "meta.lastModified,     true,  -updated_at",
      "externalId,            false, NONE",
      "id,                    false, NONE",
      "name.formatted,        false, NONE",
      "displayName,           true,  NONE",
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division, false, NONE",
      "urn:ietf:params:scim:schemas:extension:skovik:2.0:User:custom_field1, false, NONE",
  })
  void sorts_upstream_what_skovik_can_sort_by(String sortBy, boolean descending, String sort) {
    AttributePath path = sortBy == null ? null : AttributePath.parse(sortBy);

    assertThat(QueryPlanner.sortFor(path, descending).map(EmployeeSort::wireValue).orElse(null))
        .isEqualTo(sort);
  }

  private static Map<String, String> upstreamParameters(QueryPlan plan) {
    Map<String, String> parameters = new LinkedHashMap<>(plan.toQuery(null).build().toQueryParameters());
    parameters.remove("offset");
    parameters.remove("limit");
    return parameters;
  }

  private static String textOrNull(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }
}
