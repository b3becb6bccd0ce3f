package com.skovik.scim.emulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many calls the emulator received: all of them, and per endpoint, keyed as the
 * contract writes them, e.g. {@code "GET /companies/{cid}/employees"}. Counted on
 * arrival, so refused calls (401, 404, 429) count too.
 */
final class RequestCounter {

  private final AtomicInteger total = new AtomicInteger();
  private final ConcurrentMap<String, AtomicInteger> byEndpoint = new ConcurrentHashMap<>();

  void countRequest() {
    total.incrementAndGet();
  }

  void countEndpoint(String endpoint) {
    byEndpoint.computeIfAbsent(endpoint, key -> new AtomicInteger()).incrementAndGet();
  }

  int total() {
    return total.get();
  }

  Map<String, Integer> byEndpoint() {
    Map<String, Integer> counts = new TreeMap<>();
    byEndpoint.forEach((endpoint, count) -> counts.put(endpoint, count.get()));
    return counts;
  }

  void reset() {
    total.set(0);
    byEndpoint.clear();
  }
}
