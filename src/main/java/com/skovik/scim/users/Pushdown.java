package com.skovik.scim.users;


import com.skovik.scim.scim.filter.CompareOp;
import com.skovik.scim.scim.filter.Filter;
import com.skovik.scim.scim.filter.FilterEvaluator;
import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.Filter.Or;
import com.skovik.scim.scim.filter.Filter.ValuePath;
import com.skovik.scim.skovik.EmployeeQuery;
import com.skovik.scim.skovik.EmployeeStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects, conjunct by conjunct, what Skovik's employee listing can answer: each query
 * parameter takes one condition; whatever cannot be pushed down stays in the residual filter
 * the gateway evaluates. Pure: no I/O.
 */
final class Pushdown {
  private List<String> ids;
  private String email;
  private String externalId;
  private EmployeeStatus status;
  private String division;
  private String superiorId;
  private Instant updatedAfter;
  private Instant createdAfter;
  private final List<Filter> residual = new ArrayList<>();

  boolean push(Filter conjunct) {
    if (conjunct instanceof Or or) {
      return pushIds(or);
    }
    if (conjunct instanceof ValuePath valuePath) {
      return pushWorkEmail(valuePath);
    }
    if (!(conjunct instanceof Comparison comparison)) {
      return false;
    }
    String attribute = QueryPlanner.canonical(comparison.path());
    Object value = comparison.value();
    if (comparison.op() == CompareOp.EQ && attribute.equals("active")) {
      return pushActive(value);
    }
    if (comparison.op() == CompareOp.EQ && value instanceof String text) {
      return pushEquality(attribute, text);
    }
    return pushInstant(attribute, comparison);
  }

  /** {@code active eq true}, also written {@code "True"} as Entra does. */
  private boolean pushActive(Object value) {
    Boolean active = value instanceof Boolean bool ? bool
        : "true".equalsIgnoreCase(String.valueOf(value)) ? Boolean.TRUE
        : "false".equalsIgnoreCase(String.valueOf(value)) ? Boolean.FALSE
        : null;
    if (active == null || status != null) {
      return false;
    }
    status = active ? EmployeeStatus.ACTIVE : EmployeeStatus.ARCHIVED;
    return true;
  }

  /**
   * Each parameter takes one value; a second condition on it stays with the gateway. So does
   * an empty literal, which Skovik refuses as a parameter value ({@code email=}).
   */
  private boolean pushEquality(String attribute, String text) {
    if (text.isEmpty()) {
      return false;
    }
    switch (attribute) {
      case "username", "emails", "emails.value" -> {
        if (email != null) {
          return false;
        }
        email = text;
      }
      case "externalid" -> {
        if (externalId != null) {
          return false;
        }
        externalId = text;
      }
      case "id" -> {
        if (ids != null || text.isBlank() || text.indexOf(',') >= 0) {
          return false;
        }
        ids = List.of(text);
      }
      case "division" -> {
        if (division != null) {
          return false;
        }
        division = text;
      }
      case "manager", "manager.value" -> {
        if (superiorId != null) {
          return false;
        }
        superiorId = text;
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code gt} maps to Skovik's strictly-after parameter exactly. {@code ge} asks Skovik for
   * a millisecond earlier and keeps the comparison for the gateway, which makes it exact
   * whatever precision Skovik keeps its timestamps in.
   */
  private boolean pushInstant(String attribute, Comparison comparison) {
    boolean gt = comparison.op() == CompareOp.GT;
    if (!(gt || comparison.op() == CompareOp.GE) || !(comparison.value() instanceof String text)) {
      return false;
    }
    // Parsed exactly as the evaluator parses it, so pushdown and evaluation agree.
    Instant instant = FilterEvaluator.dateTimeOf(text);
    if (instant == null) {
      return false;
    }
    Instant after = gt ? instant : instant.minusMillis(1);
    if (attribute.equals("meta.lastmodified") && updatedAfter == null) {
      updatedAfter = after;
    } else if (attribute.equals("meta.created") && createdAfter == null) {
      createdAfter = after;
    } else {
      return false;
    }
    if (!gt) {
      residual.add(comparison);
    }
    return true;
  }

  private boolean pushIds(Or or) {
    List<String> wanted = new ArrayList<>();
    if (ids != null || !collectIds(or, wanted)) {
      return false;
    }
    List<String> distinct = wanted.stream().distinct().toList();
    if (distinct.size() > EmployeeQuery.MAX_IDS) {
      return false;
    }
    ids = distinct;
    return true;
  }

  private static boolean collectIds(Filter filter, List<String> into) {
    if (filter instanceof Or or) {
      return collectIds(or.left(), into) && collectIds(or.right(), into);
    }
    if (filter instanceof Comparison c && c.op() == CompareOp.EQ
        && QueryPlanner.canonical(c.path()).equals("id") && c.value() instanceof String id
        && !id.isBlank() && id.indexOf(',') < 0) {
      into.add(id);
      return true;
    }
    return false;
  }

  /** {@code emails[type eq "work" and value eq "x"]}: the only email is the work one. */
  private boolean pushWorkEmail(ValuePath valuePath) {
    if (email != null || !QueryPlanner.canonical(valuePath.path()).equals("emails")) {
      return false;
    }
    String value = null;
    for (Filter part : QueryPlanner.conjuncts(valuePath.inner())) {
      if (!(part instanceof Comparison c) || c.op() != CompareOp.EQ || c.path().schemaUrn() != null
          || c.path().subAttribute() != null) {
        return false;
      }
      String sub = c.path().attribute().toLowerCase(Locale.ROOT);
      if (sub.equals("value") && c.value() instanceof String text && !text.isEmpty()
          && value == null) {
        value = text;
      } else if (!(sub.equals("type") && c.value() instanceof String type && type.equalsIgnoreCase("work"))
          && !(sub.equals("primary") && Boolean.TRUE.equals(c.value()))) {
        return false;
      }
    }
    if (value == null) {
      return false;
    }
    email = value;
    return true;
  }

  /** Leaves a conjunct to the gateway. */
  void keep(Filter conjunct) {
    residual.add(conjunct);
  }

  QueryPlan build(List<String> gatewayAttributes) {
    Filter rest = null;
    for (Filter each : residual) {
      rest = rest == null ? each : new And(rest, each);
    }
    return new QueryPlan(ids, email, externalId, status, division, superiorId, updatedAfter,
        createdAfter, rest, gatewayAttributes, rest != null && QueryPlanner.namesManagers(rest));
  }
}
