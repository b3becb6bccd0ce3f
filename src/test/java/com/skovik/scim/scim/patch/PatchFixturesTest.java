package com.skovik.scim.scim.patch;

import static com.skovik.scim.scim.patch.PatchTestSupport.NORMALISER;
import static com.skovik.scim.scim.patch.PatchTestSupport.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.ScimJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real PATCH bodies from Entra (both dialects), the Microsoft SCIM Validator, Okta and OneLogin,
 * one file per case under {@code src/test/resources/patch/}: the resource before, the request,
 * the resource after and, where given, the targets reported as ignored.
 */
class PatchFixturesTest {

  private final PatchEngine engine = new PatchEngine(SCHEMA, NORMALISER);

  static Stream<Arguments> fixtures() throws IOException, URISyntaxException {
    Path directory = Path.of(PatchFixturesTest.class.getResource("/patch").toURI());
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
  void the_request_turns_the_current_resource_into_the_expected_one(String name, Path file)
      throws IOException {
    JsonNode fixture = ScimJson.mapper().readTree(file.toFile());
    ObjectNode current = (ObjectNode) fixture.get("current");
    ObjectNode untouched = current.deepCopy();

    PatchResult result =
        engine.apply(current, PatchRequest.parse(fixture.get("request")).operations());

    assertThat(result.resource()).as(fixture.get("description").asText())
        .isEqualTo(fixture.get("expected"));
    assertThat(current).as("the current resource is not modified").isEqualTo(untouched);
    if (fixture.has("ignored")) {
      List<String> ignored = new ArrayList<>();
      fixture.get("ignored").forEach(path -> ignored.add(path.asText()));
      assertThat(result.ignoredPaths()).containsExactlyElementsOf(ignored);
    }
  }
}
