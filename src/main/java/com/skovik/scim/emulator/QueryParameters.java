package com.skovik.scim.emulator;

import io.vertx.core.MultiMap;
import java.util.List;
import java.util.Set;

/** Rejects query strings the contract does not define, so a client's typo does not silently widen a search. */
final class QueryParameters {

  private QueryParameters() {}

  /** 400 for an unknown parameter, or one given twice or with an empty value. */
  static void requireOnly(MultiMap parameters, Set<String> known) {
    for (String name : parameters.names()) {
      List<String> values = parameters.getAll(name);
      if (!known.contains(name)) {
        throw ApiError.badRequest("unknown query parameter " + name);
      }
      if (values.size() > 1 || values.get(0).isEmpty()) {
        throw ApiError.badRequest("query parameter " + name + " must be given once, with a value");
      }
    }
  }
}
