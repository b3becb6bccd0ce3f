package com.skovik.scim.scim.filter;

import java.util.Locale;
import java.util.Optional;

/** The comparison operators of RFC 7644 §3.4.2.2 ({@code pr} is {@link Filter.Present}). */
public enum CompareOp {
  EQ, NE, CO, SW, EW, GT, GE, LT, LE;

  /** The operator as written in a filter: lower case, as the RFC spells it. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Operators are case-insensitive in filters ({@code userName Eq "x"}). */
  public static Optional<CompareOp> fromKeyword(String word) {
    for (CompareOp op : values()) {
      if (op.name().equalsIgnoreCase(word)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  public boolean isOrdering() {
    return this == GT || this == GE || this == LT || this == LE;
  }

  public boolean isSubstring() {
    return this == CO || this == SW || this == EW;
  }
}
