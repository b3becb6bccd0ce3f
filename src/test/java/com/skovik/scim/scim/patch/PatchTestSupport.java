package com.skovik.scim.scim.patch;

import static com.skovik.scim.scim.ScimSchemas.SKOVIK_USER;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.normalise.ResourceNormaliser;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.scim.schema.CustomFieldAttribute.Kind;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.scim.schema.UserSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** The identity provider configuration every PATCH test runs against. */
final class PatchTestSupport {

  /** Division required; three custom fields mapped: text, number and boolean. */
  static final ResourceSchema SCHEMA = UserSchemas.forIdentityProvider(true, List.of(
      new CustomFieldAttribute("custom_field1", "cf_cost", "Cost center", Kind.TEXT, List.of()),
      new CustomFieldAttribute("custom_field2", "cf_fte", "FTE", Kind.NUMBER, List.of()),
      new CustomFieldAttribute("custom_field3", "cf_remote", "Remote", Kind.BOOLEAN, List.of())));

  /** As the gateway configures it: the Skovik extension is strict. */
  static final ResourceNormaliser NORMALISER = new ResourceNormaliser(Set.of(SKOVIK_USER));

  private PatchTestSupport() {}

  @SuppressWarnings("unchecked")
  static <T extends JsonNode> T json(String text) {
    try {
      return (T) ScimJson.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("bad test JSON: " + text, e);
    }
  }
}
