package com.skovik.scim.scim.schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribute definition with the characteristics of RFC 7643 §2.2 and §7. Serialises as the
 * attribute object of a {@code /Schemas} document; the same record drives filters, PATCH paths
 * and projection, so that discovery can never disagree with behaviour.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "type", "multiValued", "description", "required", "caseExact",
    "canonicalValues", "referenceTypes", "mutability", "returned", "uniqueness", "subAttributes"})
public record Attribute(
    String name,
    Type type,
    boolean multiValued,
    String description,
    boolean required,
    boolean caseExact,
    List<String> canonicalValues,
    List<String> referenceTypes,
    Mutability mutability,
    Returned returned,
    Uniqueness uniqueness,
    List<Attribute> subAttributes) {

  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(mutability, "mutability");
    Objects.requireNonNull(returned, "returned");
    Objects.requireNonNull(uniqueness, "uniqueness");
    canonicalValues = List.copyOf(canonicalValues);
    referenceTypes = List.copyOf(referenceTypes);
    subAttributes = List.copyOf(subAttributes);
    if (type == Type.COMPLEX && subAttributes.isEmpty()) {
      throw new IllegalArgumentException("complex attribute " + name + " needs sub-attributes");
    }
    if (type != Type.COMPLEX && !subAttributes.isEmpty()) {
      throw new IllegalArgumentException("only complex attributes have sub-attributes: " + name);
    }
  }

  /** Starts a definition with the RFC 7643 defaults: single-valued, optional, readWrite. */
  public static Builder named(String name, Type type) {
    return new Builder(name, type);
  }

  public Optional<Attribute> subAttribute(String subName) {
    return subAttributes.stream().filter(a -> a.name.equalsIgnoreCase(subName)).findFirst();
  }

  @JsonIgnore
  public boolean isReadOnly() {
    return mutability == Mutability.READ_ONLY;
  }

  /** RFC 7643 §2.3 data types, written as the RFC spells them. */
  public enum Type {
    STRING("string"), BOOLEAN("boolean"), DECIMAL("decimal"), INTEGER("integer"),
    DATE_TIME("dateTime"), REFERENCE("reference"), COMPLEX("complex");

    private final String wire;

    Type(String wire) {
      this.wire = wire;
    }

    @JsonValue
    public String wire() {
      return wire;
    }
  }

  public enum Mutability {
    READ_ONLY, READ_WRITE, IMMUTABLE, WRITE_ONLY;

    @JsonValue
    public String wire() {
      return camel(name());
    }
  }

  public enum Returned {
    ALWAYS, NEVER, DEFAULT, REQUEST;

    @JsonValue
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public enum Uniqueness {
    NONE, SERVER, GLOBAL;

    @JsonValue
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static String camel(String constant) {
    String[] parts = constant.toLowerCase(Locale.ROOT).split("_");
    StringBuilder out = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      out.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return out.toString();
  }

  /** Fluent construction keeps the schema definitions readable as a table. */
  public static final class Builder {
    private final String name;
    private final Type type;
    private boolean multiValued;
    private String description = "";
    private boolean required;
    private boolean caseExact;
    private List<String> canonicalValues = List.of();
    private List<String> referenceTypes = List.of();
    private Mutability mutability = Mutability.READ_WRITE;
    private Returned returned = Returned.DEFAULT;
    private Uniqueness uniqueness = Uniqueness.NONE;
    private List<Attribute> subAttributes = List.of();

    private Builder(String name, Type type) {
      this.name = name;
      this.type = type;
    }

    public Builder multiValued() {
      this.multiValued = true;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder required() {
      return required(true);
    }

    public Builder required(boolean required) {
      this.required = required;
      return this;
    }

    public Builder caseExact() {
      this.caseExact = true;
      return this;
    }

    public Builder canonicalValues(List<String> values) {
      this.canonicalValues = values;
      return this;
    }

    public Builder referenceTypes(String... types) {
      this.referenceTypes = List.of(types);
      return this;
    }

    public Builder readOnly() {
      this.mutability = Mutability.READ_ONLY;
      return this;
    }

    public Builder returned(Returned returned) {
      this.returned = returned;
      return this;
    }

    public Builder uniqueness(Uniqueness uniqueness) {
      this.uniqueness = uniqueness;
      return this;
    }

    public Builder subAttributes(Attribute... subAttributes) {
      this.subAttributes = List.of(subAttributes);
      return this;
    }

    public Attribute build() {
      return new Attribute(name, type, multiValued, description, required, caseExact,
          canonicalValues, referenceTypes, mutability, returned, uniqueness, subAttributes);
    }
  }
}
