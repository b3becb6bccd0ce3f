package com.skovik.scim.scim.schema;

import static com.skovik.scim.scim.ScimSchemas.CORE_USER;
import static com.skovik.scim.scim.ScimSchemas.ENTERPRISE_USER;
import static com.skovik.scim.scim.ScimSchemas.SKOVIK_USER;

import com.skovik.scim.scim.schema.Attribute.Returned;
import com.skovik.scim.scim.schema.Attribute.Type;
import com.skovik.scim.scim.schema.Attribute.Uniqueness;
import java.util.Comparator;
import java.util.List;

/**
 * The User resource exactly as this gateway honours it. Only attributes that map to Skovik are
 * listed: a client that reads {@code /Schemas} learns what will be kept and what will not.
 */
public final class UserSchemas {

  private UserSchemas() {}

  /**
   * The User schemas for one identity provider.
   *
   * @param divisionRequired false when the identity provider has a default branch
   * @param customFields the Skovik extension attributes this identity provider maps
   */
  public static ResourceSchema forIdentityProvider(
      boolean divisionRequired, List<CustomFieldAttribute> customFields) {
    return new ResourceSchema(core(), List.of(enterprise(divisionRequired), skovik(customFields)));
  }

  public static Schema core() {
    return new Schema(CORE_USER, "User", "An employee of the Skovik company.", List.of(
        Attribute.named("id", Type.STRING).readOnly().caseExact().returned(Returned.ALWAYS)
            .uniqueness(Uniqueness.SERVER)
            .description("Skovik employee id; opaque and never reused.").build(),
        Attribute.named("externalId", Type.STRING).caseExact()
            .description("The identity provider's own id for the user.").build(),
        Attribute.named("userName", Type.STRING).required().uniqueness(Uniqueness.SERVER)
            .description("The employee's email address and Skovik login; unique within the "
                + "company, compared case-insensitively.").build(),
        Attribute.named("name", Type.COMPLEX).required()
            .description("The employee's name.")
            .subAttributes(
                Attribute.named("formatted", Type.STRING).readOnly()
                    .description("\"givenName familyName\", derived.").build(),
                Attribute.named("familyName", Type.STRING).required()
                    .description("Last name.").build(),
                Attribute.named("givenName", Type.STRING).required()
                    .description("First name.").build())
            .build(),
        Attribute.named("displayName", Type.STRING).readOnly()
            .description("\"givenName familyName\", derived.").build(),
        Attribute.named("active", Type.BOOLEAN)
            .description("true when absent on create. false archives the employee in Skovik "
                + "permanently: an archived employee cannot be made active again.").build(),
        Attribute.named("emails", Type.COMPLEX).multiValued().readOnly()
            .description("Derived from userName: one primary work email.")
            .subAttributes(
                Attribute.named("value", Type.STRING).readOnly().description("The address.")
                    .build(),
                Attribute.named("type", Type.STRING).readOnly()
                    .canonicalValues(List.of("work")).description("Always work.").build(),
                Attribute.named("primary", Type.BOOLEAN).readOnly()
                    .description("Always true.").build())
            .build()));
  }

  public static Schema enterprise(boolean divisionRequired) {
    return new Schema(ENTERPRISE_USER, "EnterpriseUser", "Enterprise User", List.of(
        Attribute.named("division", Type.STRING).required(divisionRequired)
            .description("The external identifier of the employee's Skovik branch."
                + (divisionRequired ? "" : " When absent on create, the identity provider's "
                + "default branch is used.")).build(),
        Attribute.named("manager", Type.COMPLEX)
            .description("The employee's superior in Skovik.")
            .subAttributes(
                Attribute.named("value", Type.STRING).caseExact()
                    .description("The id of the superior's User resource.").build(),
                Attribute.named("$ref", Type.REFERENCE).readOnly().caseExact()
                    .referenceTypes("User").description("URI of the superior's resource.").build(),
                Attribute.named("displayName", Type.STRING).readOnly()
                    .description("The superior's name.").build())
            .build()));
  }

  public static Schema skovik(List<CustomFieldAttribute> customFields) {
    List<Attribute> attributes = customFields.stream()
        .sorted(Comparator.comparing(CustomFieldAttribute::scimName))
        .map(UserSchemas::customFieldAttribute)
        .toList();
    return new Schema(SKOVIK_USER, "SkovikUser",
        "Skovik custom fields mapped by this identity provider configuration.", attributes);
  }

  private static Attribute customFieldAttribute(CustomFieldAttribute field) {
    Attribute.Builder builder;
    String description = "Skovik custom field \"" + field.fieldName() + "\"";
    switch (field.kind()) {
      case NUMBER -> builder = Attribute.named(field.scimName(), Type.DECIMAL);
      case BOOLEAN -> builder = Attribute.named(field.scimName(), Type.BOOLEAN);
      case DATE -> {
        builder = Attribute.named(field.scimName(), Type.STRING);
        description += ", a date written YYYY-MM-DD";
      }
      case SELECT -> builder = Attribute.named(field.scimName(), Type.STRING).caseExact()
          .canonicalValues(field.options());
      default -> builder = Attribute.named(field.scimName(), Type.STRING).caseExact();
    }
    return builder.description(description + ".").build();
  }
}
