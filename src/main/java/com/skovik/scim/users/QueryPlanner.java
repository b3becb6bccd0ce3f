package com.skovik.scim.users;

import static com.skovik.scim.scim.ScimSchemas.CORE_USER;
import static com.skovik.scim.scim.ScimSchemas.ENTERPRISE_USER;

import com.skovik.scim.scim.filter.AttributePath;
import com.skovik.scim.scim.filter.Filter;
import com.skovik.scim.scim.filter.Filter.And;
import com.skovik.scim.scim.filter.Filter.Comparison;
import com.skovik.scim.scim.filter.Filter.Not;
import com.skovik.scim.scim.filter.Filter.Or;
import com.skovik.scim.scim.filter.Filter.Present;
import com.skovik.scim.scim.filter.Filter.ValuePath;
import com.skovik.scim.skovik.EmployeeSort;
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
    Pushdown plan = new Pushdown();
    Set<String> gatewayAttributes = new LinkedHashSet<>();
    for (Filter conjunct : conjuncts(filter)) {
      if (!plan.push(conjunct)) {
        plan.keep(conjunct);
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

  static List<Filter> conjuncts(Filter filter) {
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
  static boolean namesManagers(Filter filter) {
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
}
