package com.skovik.scim.scim.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.ScimJson;
import com.skovik.scim.scim.schema.Attribute;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.scim.schema.CustomFieldAttribute.Kind;
import com.skovik.scim.scim.schema.ResourceSchema;
import com.skovik.scim.scim.schema.UserSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The User schema with one custom field of each kind, and the users in {@code /filter/*.json}. */
final class FilterFixtures {

  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";

  /** custom_field1 number, 2 boolean, 3 text, 4 select, 5 date (a string). */
  static final ResourceSchema USER_SCHEMA = UserSchemas.forIdentityProvider(true, List.of(
      new CustomFieldAttribute("custom_field1", "f1", "Hours", Kind.NUMBER, List.of()),
      new CustomFieldAttribute("custom_field2", "f2", "Remote", Kind.BOOLEAN, List.of()),
      new CustomFieldAttribute("custom_field3", "f3", "Shift", Kind.TEXT, List.of()),
      new CustomFieldAttribute("custom_field4", "f4", "Tier", Kind.SELECT, List.of("Gold", "Blue")),
      new CustomFieldAttribute("custom_field5", "f5", "Start", Kind.DATE, List.of())));

  private FilterFixtures() {}

  /** A user from {@code src/test/resources/filter/{name}.json}. */
  static JsonNode user(String name) {
    try (InputStream in = FilterFixtures.class.getResourceAsStream("/filter/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return ScimJson.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Attribute emailsAttribute() {
    return USER_SCHEMA.core().attribute("emails").orElseThrow();
  }
}
