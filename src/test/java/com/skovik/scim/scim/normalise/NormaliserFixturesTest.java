package com.skovik.scim.scim.normalise;

import static com.skovik.scim.scim.ScimSchemas.SKOVIK_USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.scim.schema.CustomFieldAttribute.Kind;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.scim.schema.UserSchemas;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole POST and PUT bodies as Entra, the Microsoft test suites, Okta and OneLogin send them, one
 * file per case under {@code src/test/resources/normalise/}: the body, its canonical form, and the
 * members reported as dropped.
 */
class NormaliserFixturesTest {

  private static final ResourceSchema SCHEMA = UserSchemas.forIdentityProvider(true, List.of(
      new CustomFieldAttribute("custom_field1", "cf_cost", "Cost center", Kind.TEXT, List.of()),
      new CustomFieldAttribute("custom_field2", "cf_fte", "FTE", Kind.NUMBER, List.of()),
      new CustomFieldAttribute("custom_field3", "cf_remote", "Remote", Kind.BOOLEAN, List.of())));

  private final ResourceNormaliser normaliser = new ResourceNormaliser(Set.of(SKOVIK_USER));

  static Stream<Arguments> fixtures() throws IOException, URISyntaxException {
    Path directory = Path.of(NormaliserFixturesTest.class.getResource("/normalise").toURI());
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(file -> Arguments.of(file.getFileName().toString().replace(".json", ""), file))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void the_body_becomes_the_expected_canonical_resource(String name, Path file)
      throws IOException {
    JsonNode fixture = ScimJson.mapper().readTree(file.toFile());
    List<String> ignored = new ArrayList<>();

    JsonNode canonical = normaliser.normalise(fixture.get("body"), SCHEMA, ignored::add);

    assertThat(canonical).as(fixture.get("description").asText())
        .isEqualTo(fixture.get("expected"));
    List<String> expectedIgnored = new ArrayList<>();
    fixture.get("ignored").forEach(member -> expectedIgnored.add(member.asText()));
    assertThat(ignored).containsExactlyElementsOf(expectedIgnored);
  }
}
