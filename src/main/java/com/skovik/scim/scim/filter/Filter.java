package com.skovik.scim.scim.filter;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A parsed SCIM filter (RFC 7644 §3.4.2.2). Build one with {@link FilterParser#parse(String)};
 * print one back with {@link FilterPrinter#print(Filter)}. {@code and} and {@code or} are binary
 * and left-associative, exactly as parsed.
 */
public sealed interface Filter {

  /** {@code path op value}; the value is a {@link String}, {@link BigDecimal}, {@link Boolean} or null. */
  record Comparison(AttributePath path, CompareOp op, Object value) implements Filter {
    public Comparison {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(op, "op");
      if (value != null && !(value instanceof String || value instanceof BigDecimal
          || value instanceof Boolean)) {
        throw new IllegalArgumentException("not a filter literal: " + value.getClass());
      }
    }
  }

  /** {@code path pr}. */
  record Present(AttributePath path) implements Filter {
    public Present {
      Objects.requireNonNull(path, "path");
    }
  }

  record And(Filter left, Filter right) implements Filter {
    public And {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  record Or(Filter left, Filter right) implements Filter {
    public Or {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  record Not(Filter inner) implements Filter {
    public Not {
      Objects.requireNonNull(inner, "inner");
    }
  }

  /**
   * {@code path[inner]}: some element of the complex attribute at {@code path} satisfies
   * {@code inner}, whose attribute names are sub-attributes of {@code path}. Entra's
   * {@code emails[type eq "work"].value eq "x"} parses to
   * {@code emails[type eq "work" and value eq "x"]}, which means the same.
   */
  record ValuePath(AttributePath path, Filter inner) implements Filter {
    public ValuePath {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(inner, "inner");
      if (path.subAttribute() != null) {
        throw new IllegalArgumentException("a value filter applies to an attribute, not " + path);
      }
    }
  }
}
