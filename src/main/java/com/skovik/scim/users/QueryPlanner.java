package com.skovik.scim.users;

import static com.skovik.scim.scim.ScimSchemas.CORE_USER;
import static com.skovik.scim.scim.ScimSchemas.ENTERPRISE_USER;

import com.skovik.scim.scim.filter.AttributePath;
import com.skovik.scim.scim.filter.CompareOp;
import com.skovik.scim.scim.filter.Filter;
import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.Filter.Not;
import com.skovik.scim.scim.filter.Filter.Or;
import com.skovik.scim.scim.filter.Filter.Present;
import com.skovik.scim.scim.filter.Filter.ValuePath;
import com.skovik.scim.skovik.EmployeeQuery;
import com.skovik.scim.skovik.EmployeeSort;
import com.skovik.scim.skovik.EmployeeStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Splits a SCIM filter into what Skovik's employee listing can answer and what the gateway must
 * evaluate itself. Only conjuncts joined by {@code and} at the top are pushed down, each once;
 * an {@code or} of {@code id eq} becomes one {@code ids} parameter. Pure: no I/O.
 */
final class QueryPlanner {

  private QueryPlanner() {}

  static QueryPlan plan(Filter filter) {
    if (filter == null) {
      return QueryPlan.EVERYONE;
    }
    Builder plan = new Builder();
    Set<String> gatewayAttributes = new LinkedHashSet<>();
    for (Filter conjunct : conjuncts(filter)) {
      if (!plan.push(conjunct)) {
        plan.residual.add(conjunct);
        paths(conjunct, null, path -> gatewayAttributes.add(path.toString()));
      }
    }
    return plan.build(List.copyOf(gatewayAttributes));
  }

  /** The Skovik order for a SCIM {@code sortBy}, when Skovik can sort by it. */
  static Optional<EmployeeSort> sortFor(AttributePath sortBy, boolean descending) {
    if (sortBy == null) {
      return Optional.of(descending ? EmployeeSort.CREATED_AT_DESC : EmployeeSort.CREATED_AT);
    }
    EmployeeSort ascending = switch (canonical(sortBy)) {
      case "username" -> EmployeeSort.EMAIL;
      case "name.givenname" -> EmployeeSort.FIRST_NAME;
      case "name.familyname" -> EmployeeSort.LAST_NAME;
      case "meta.created" -> EmployeeSort.CREATED_AT;
      case "meta.lastmodified" -> EmployeeSort.UPDATED_AT;
      default -> null;
    };
    if (ascending == null) {
      return Optional.empty();
    }
    return Optional.of(descending ? EmployeeSort.valueOf(ascending.name() + "_DESC") : ascending);
  }

  private static List<Filter> conjuncts(Filter filter) {
    List<Filter> out = new ArrayList<>();
    if (filter instanceof And and) {
      out.addAll(conjuncts(and.left()));
      out.addAll(conjuncts(and.right()));
    } else {
      out.add(filter);
    }
    return out;
  }

  /**
   * Every attribute path a filter names; inside a value filter the sub-attributes are given
   * with their attribute ({@code emails[type eq "x"]} names {@code emails.type}).
   */
  private static void paths(Filter filter, AttributePath outer, Consumer<AttributePath> into) {
    if (filter instanceof And and) {
      paths(and.left(), outer, into);
      paths(and.right(), outer, into);
    } else if (filter instanceof Or or) {
      paths(or.left(), outer, into);
      paths(or.right(), outer, into);
    } else if (filter instanceof Not not) {
      paths(not.inner(), outer, into);
    } else if (filter instanceof ValuePath valuePath) {
      paths(valuePath.inner(), valuePath.path(), into);
    } else if (filter instanceof Present present) {
      into.accept(outer == null ? present.path() : outer.withSubAttribute(present.path().attribute()));
    } else if (filter instanceof Comparison comparison) {
      into.accept(outer == null ? comparison.path()
          : outer.withSubAttribute(comparison.path().attribute()));
    }
  }

  /**
   * Whether a filter looks at {@code manager.displayName}: the views the gateway filters on
   * carry managers' names only when it does, since they cost a call per page.
   */
  private static boolean namesManagers(Filter filter) {
    boolean[] found = {false};
    paths(filter, null, path -> found[0] |= canonical(path).equals("manager.displayname"));
    return found[0];
  }

  /**
   * The attribute a path names, lower-cased, as {@code attribute[.sub]}; core and enterprise
   * URNs are dropped, any other URN makes it unknown ({@code ""}).
   */
  static String canonical(AttributePath path) {
    String urn = path.schemaUrn();
    if (urn != null && !urn.equalsIgnoreCase(CORE_USER) && !urn.equalsIgnoreCase(ENTERPRISE_USER)) {
      return "";
    }
    String name = path.attribute().toLowerCase(Locale.ROOT);
    return path.subAttribute() == null ? name : name + "." + path.subAttribute().toLowerCase(Locale.ROOT);
  }

  private static final class Builder {
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
      String attribute = canonical(comparison.path());
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
      Instant instant = instant(text);
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
          && canonical(c.path()).equals("id") && c.value() instanceof String id
          && !id.isBlank() && id.indexOf(',') < 0) {
        into.add(id);
        return true;
      }
      return false;
    }

    /** {@code emails[type eq "work" and value eq "x"]}: the only email is the work one. */
    private boolean pushWorkEmail(ValuePath valuePath) {
      if (email != null || !canonical(valuePath.path()).equals("emails")) {
        return false;
      }
      String value = null;
      for (Filter part : conjuncts(valuePath.inner())) {
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

    /** As the filter evaluator reads date-times: RFC 3339, or without an offset taken as UTC. */
    private static Instant instant(String text) {
      String upper = text.strip().toUpperCase(Locale.ROOT);
      try {
        return OffsetDateTime.parse(upper, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeParseException withoutOffset) {
        try {
          return LocalDateTime.parse(upper, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
              .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADateTime) {
          return null;
        }
      }
    }

    QueryPlan build(List<String> gatewayAttributes) {
      Filter rest = null;
      for (Filter each : residual) {
        rest = rest == null ? each : new And(rest, each);
      }
      return new QueryPlan(ids, email, externalId, status, division, superiorId, updatedAfter,
          createdAfter, rest, gatewayAttributes, rest != null && namesManagers(rest));
    }
  }
}
