package com.skovik.scim.users;

import static com.skovik.scim.scim.ScimSchemas.CORE_USER;
import static com.skovik.scim.scim.ScimSchemas.ENTERPRISE_USER;

import com.skovik.scim.scim.filter.AttributePath;
import com.skovik.scim.scim.filter.CompareOp;
import com.skovik.scim.scim.filter.Filter;
import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.Filter.Or;
import com.skovik.scim.scim.filter.Filter.ValuePath;
import com.skovik.scim.skovik.EmployeeQuery;
import com.skovik.scim.skovik.EmployeeSort;
import com.skovik.scim.skovik.EmployeeStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    for (Filter conjunct : conjuncts(filter)) {
      if (!plan.push(conjunct)) {
        plan.residual.add(conjunct);
      }
    }
    return plan.build();
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
      if (comparison.op() == CompareOp.EQ && value instanceof String text) {
        return pushEquality(attribute, text);
      }
      if (comparison.op() == CompareOp.EQ && value instanceof Boolean active
          && attribute.equals("active") && status == null) {
        status = active ? EmployeeStatus.ACTIVE : EmployeeStatus.ARCHIVED;
        return true;
      }
      return pushInstant(attribute, comparison);
    }

    /** Each parameter takes one value; a second condition on it stays with the gateway. */
    private boolean pushEquality(String attribute, String text) {
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
     * a millisecond earlier and keeps the comparison for the gateway, which makes it exact.
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
      if (ids != null || !collectIds(or, wanted) || wanted.size() > EmployeeQuery.MAX_IDS) {
        return false;
      }
      ids = wanted.stream().distinct().toList();
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
        if (sub.equals("value") && c.value() instanceof String text && value == null) {
          value = text;
        } else if (!(sub.equals("type") && c.value() instanceof String type && type.equalsIgnoreCase("work"))
            && !(sub.equals("primary") && Boolean.TRUE.equals(c.value()))) {
          return false;
        }
      }
      email = value;
      return value != null;
    }

    private static Instant instant(String text) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        return null;
      }
    }

    QueryPlan build() {
      Filter rest = null;
      for (Filter each : residual) {
        rest = rest == null ? each : new And(rest, each);
      }
      return new QueryPlan(ids, email, externalId, status, division, superiorId, updatedAfter,
          createdAfter, rest);
    }
  }
}
