package com.skovik.scim.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.GatewayVerticle;
import com.skovik.scim.config.GatewayConfig;
import com.skovik.scim.emulator.CustomFieldType;
import com.skovik.scim.emulator.Employee;
import com.skovik.scim.emulator.EmployeeFields;
import com.skovik.scim.emulator.EmulatorOptions;
import com.skovik.scim.emulator.EmulatorStore;
import com.skovik.scim.emulator.IdentityProvider;
import com.skovik.scim.emulator.SkovikEmulator;
import com.skovik.scim.support.GatewayClient;
import com.skovik.scim.support.ScimResponse;
import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The cost of the common queries over a tenant of 10,000 employees (issue 4 §3): upstream calls,
 * wall time and heap. Not a test: it reports and asserts only that the answers are right. Run it
 * with {@code bench/run-queries.sh}; the normal build skips it (tag {@code bench}, and enabled
 * only with {@code -Dskovik.bench=true}).
 *
 * <p>The emulator, the gateway and the HTTP client run on three separate Vert.x instances in
 * this JVM, so that the gateway's own event-loop threads can be told apart for allocation.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "skovik.bench", matches = "true")
class QueryBenchmarkTest {

  private static final String COMPANY = "cmp_bench";
  private static final String IDP = "idp_bench";
  private static final String TOKEN_ID = "tok_bench";
  private static final String USERS = "/scim/v2/Users";
  private static final List<String> FIRST = List.of("Ada", "Grace", "Linus", "Margaret", "Alan",
      "Barbara", "Edsger", "Frances", "Ken", "Radia");
  private static final List<String> LAST = List.of("Hansen", "Johansen", "Olsen", "Larsen",
      "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnson", "Nilsson",
      "Svensson", "Eriksson", "Berg", "Haugen", "Hagen", "Bakken", "Dahl", "Lie");

  private final int employees = Integer.getInteger("skovik.bench.employees", 10_000);
  private static final int HEAP_RUNS = 5;

  private final int runs = Integer.getInteger("skovik.bench.runs", 21);
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  @Test
  void reports_the_cost_of_the_common_queries() throws Exception {
    Vertx upstreamVertx = Vertx.vertx();
    Vertx gatewayVertx = Vertx.vertx();
    Vertx clientVertx = Vertx.vertx();
    try {
      SkovikEmulator emulator = GatewayClient.await(SkovikEmulator.start(upstreamVertx,
          EmulatorOptions.defaults().withPort(0).withRateLimitPerSecond(0)));
      List<Employee> seeded = seed(emulator.store());
      GatewayVerticle verticle = new GatewayVerticle(GatewayConfig.defaults().withHttpPort(0)
          .withSkovik(URI.create(emulator.baseUrl()), emulator.serviceKey(), emulator.issuer())
          .withUpstreamTiming(Duration.ofSeconds(10), Duration.ofSeconds(20)));
      GatewayClient.await(gatewayVertx.deployVerticle(verticle));
      GatewayClient gateway = new GatewayClient(clientVertx, verticle.actualPort(),
          emulator.mintToken(COMPANY, IDP, TOKEN_ID));
      long[] gatewayThreads = eventLoopThreads(gatewayVertx);

      Employee staff = seeded.get(employees - 1 - 4_711 % (employees - 100));
      Employee boss = seeded.get(0);
      List<Scenario> scenarios = List.of(
          new Scenario("userName eq (employee with a manager)",
              filtered("userName eq \"" + staff.email() + "\""), 1),
          new Scenario("userName eq (employee without a manager)",
              filtered("userName eq \"" + boss.email() + "\""), 1),
          new Scenario("externalId eq (employee with a manager)",
              filtered("externalId eq \"" + staff.externalId() + "\""), 1),
          new Scenario("page of 100: startIndex=1&count=100", USERS + "?startIndex=1&count=100", 100),
          // The middle of the tenant, whatever its size (5001 with the default 10,000).
          new Scenario("page of 100: startIndex=" + (employees / 2 + 1) + "&count=100",
              USERS + "?startIndex=" + (employees / 2 + 1) + "&count=100", 100),
          new Scenario("name.familyName co \"son\" (not pushed down)",
              filtered("name.familyName co \"son\""), 200));

      List<String> rows = new ArrayList<>();
      for (Scenario scenario : scenarios) {
        for (int i = 0; i < 5; i++) {
          check(gateway.get(scenario.path()), scenario); // warm-up: JIT, caches, connections
        }
        rows.add(measure(scenario, gateway, emulator, gatewayThreads));
      }
      report(rows, emulator);
    } finally {
      GatewayClient.await(clientVertx.close());
      GatewayClient.await(gatewayVertx.close());
      GatewayClient.await(upstreamVertx.close());
    }
  }

  /** One company, three branches, a hierarchy of 1 + 99 managers and the rest as their staff. */
  private List<Employee> seed(EmulatorStore store) {
    store.addCompany(COMPANY);
    store.addBranch(COMPANY, "br_oslo", "Oslo", "NO-OSL", false);
    store.addBranch(COMPANY, "br_bergen", "Bergen", "NO-BGO", false);
    store.addBranch(COMPANY, "br_stockholm", "Stockholm", "SE-STO", false);
    store.addCustomField(COMPANY, "cf_cost_center", "Cost center", CustomFieldType.TEXT, List.of());
    store.addIdentityProvider(COMPANY, new IdentityProvider(IDP, "Bench", true, List.of(TOKEN_ID),
        "br_oslo", Map.of("custom_field1", "cf_cost_center")));
    List<Employee> all = new ArrayList<>(store.addEmployees(COMPANY, List.of(fields(0, null))));
    all.addAll(store.addEmployees(COMPANY, range(1, 100, n -> fields(n, all.get(0).id()))));
    List<Employee> managers = List.copyOf(all);
    all.addAll(store.addEmployees(COMPANY, range(100, employees,
        n -> fields(n, managers.get(1 + n % 99).id()))));
    return all;
  }

  private static EmployeeFields fields(int n, String superiorId) {
    String branch = List.of("br_oslo", "br_bergen", "br_stockholm").get(n % 3);
    return new EmployeeFields(String.format("user%05d@example.com", n), FIRST.get(n % FIRST.size()),
        LAST.get((n / 7) % LAST.size()), branch, superiorId, String.format("ext-%05d", n),
        Map.of("cf_cost_center", String.valueOf(4000 + n % 50)));
  }

  private static List<EmployeeFields> range(int from, int to,
      java.util.function.IntFunction<EmployeeFields> each) {
    List<EmployeeFields> out = new ArrayList<>(to - from);
    for (int n = from; n < to; n++) {
      out.add(each.apply(n));
    }
    return out;
  }

  /**
   * Timing runs first, undisturbed: no forced collection, no sampler thread (the machine may
   * have few cores). Then a few heap runs, each after a forced collection, watched by
   * {@link HeapWatch}. Upstream calls are counted on every run and must not vary.
   */
  private String measure(Scenario scenario, GatewayClient gateway, SkovikEmulator emulator,
      long[] gatewayThreads) throws Exception {
    long[] nanos = new long[runs];
    long[] allocated = new long[runs];
    long[] totals = new long[runs];
    Set<Integer> listings = new java.util.HashSet<>();
    for (int i = 0; i < runs; i++) {
      emulator.resetRequestCounts();
      long allocatedBefore = allocatedBy(gatewayThreads);
      long start = System.nanoTime();
      ScimResponse response = gateway.get(scenario.path());
      nanos[i] = System.nanoTime() - start;
      allocated[i] = allocatedBy(gatewayThreads) - allocatedBefore;
      check(response, scenario);
      Map<String, Integer> calls = emulator.requestCounts();
      totals[i] = calls.values().stream().mapToInt(Integer::intValue).sum();
      listings.add(calls.getOrDefault("GET /companies/{cid}/employees", 0));
    }
    long sampledPeak = 0;
    long livePeak = -1;
    for (int i = 0; i < HEAP_RUNS; i++) {
      System.gc();
      long baseline = memory.getHeapMemoryUsage().getUsed();
      try (HeapWatch watch = new HeapWatch(memory)) {
        check(gateway.get(scenario.path()), scenario);
        sampledPeak = Math.max(sampledPeak, watch.sampledPeak() - baseline);
        if (watch.livePeak() >= 0) {
          livePeak = Math.max(livePeak, watch.livePeak() - baseline);
        }
      }
    }
    // Other calls only refresh the tenant's cached configuration now and then (30 s).
    assertThat(listings).as("listing calls of %s, run after run", scenario.name()).hasSize(1);
    return String.format("| %s | %d | %d | %.1f | %.1f | %.1f | %s | %s / %s |", scenario.name(),
        median(totals), listings.iterator().next(), millis(median(nanos)), millis(min(nanos)), millis(max(nanos)),
        mib(median(allocated)), mib(Math.max(0, sampledPeak)),
        livePeak < 0 ? "–" : mib(Math.max(0, livePeak)));
  }

  private static void check(ScimResponse response, Scenario scenario) {
    assertThat(response.status()).as("%s: %s", scenario.name(), response).isEqualTo(200);
    JsonNode list = response.json();
    assertThat(list.path("Resources").size()).as(scenario.name()).isEqualTo(scenario.expectedItems());
  }

  private void report(List<String> rows, SkovikEmulator emulator) throws IOException {
    Runtime runtime = Runtime.getRuntime();
    String report = String.join("\n", List.of(
        "Tenant: " + employees + " employees; per query 5 warm-up runs, " + runs + " timed runs and "
            + HEAP_RUNS + " heap runs; "
            + "JVM " + System.getProperty("java.version") + ", " + runtime.availableProcessors()
            + " CPUs, max heap " + mib(runtime.maxMemory()) + " MiB, JVM arguments "
            + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("-X")).collect(Collectors.joining(" ")) + ".",
        "",
        "| query | upstream calls, median | of which listings | median ms | min ms | max ms "
            + "| gateway allocation, median MiB | heap above baseline, peak MiB: sampled / live after GC |",
        "|---|---|---|---|---|---|---|---|"))
        + "\n" + String.join("\n", rows) + "\n";
    String target = System.getProperty("skovik.bench.report");
    if (target != null) {
      Files.writeString(Path.of(target), report);
    }
    System.out.println(report);
  }

  /** Bytes allocated so far by these threads (the gateway's event loops). */
  private static long allocatedBy(long[] threads) {
    com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    return Arrays.stream(bean.getThreadAllocatedBytes(threads)).filter(b -> b > 0).sum();
  }

  /** The ids of every event-loop thread of a Vert.x instance: the gateway runs on nothing else. */
  private static long[] eventLoopThreads(Vertx vertx) throws Exception {
    Set<Long> ids = new java.util.TreeSet<>();
    for (var group : List.of(((VertxInternal) vertx).eventLoopGroup(),
        ((VertxInternal) vertx).acceptorEventLoopGroup())) {
      for (EventExecutor loop : group) {
        ids.add(loop.submit(() -> Thread.currentThread().getId()).get());
      }
    }
    return ids.stream().mapToLong(Long::longValue).toArray();
  }

  private static String filtered(String filter) {
    return USERS + "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long min(long[] values) {
    return Arrays.stream(values).min().orElse(0);
  }

  private static long max(long[] values) {
    return Arrays.stream(values).max().orElse(0);
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static String mib(long bytes) {
    return String.format("%.1f", bytes / (1024.0 * 1024.0));
  }

  private record Scenario(String name, String path, int expectedItems) {}

  /**
   * Watches the heap during one query: a thread samples the used heap every millisecond
   * (garbage included), and GC notifications give the heap used right after each collection
   * (what was still reachable, roughly the live data) when one happens during the query.
   */
  private static final class HeapWatch implements AutoCloseable {
    private final AtomicLong sampled = new AtomicLong();
    private final AtomicLong live = new AtomicLong(-1);
    private final Thread sampler;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener;
    private volatile boolean running = true;

    HeapWatch(MemoryMXBean memory) {
      Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
      listener = (notification, handback) -> {
        if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
            .equals(notification.getType())) {
          var info = com.sun.management.GarbageCollectionNotificationInfo
              .from((CompositeData) notification.getUserData());
          long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
              .filter(pool -> heapPools.contains(pool.getKey()))
              .mapToLong(pool -> pool.getValue().getUsed()).sum();
          live.accumulateAndGet(after, Math::max);
        }
      };
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(listener, null, null);
          emitters.add(emitter);
        }
      }
      sampled.set(memory.getHeapMemoryUsage().getUsed());
      sampler = new Thread(() -> {
        while (running) {
          sampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(1);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }

    long sampledPeak() {
      return sampled.get();
    }

    long livePeak() {
      return live.get();
    }

    @Override
    public void close() throws Exception {
      running = false;
      sampler.join();
      for (NotificationEmitter emitter : emitters) {
        emitter.removeNotificationListener(listener);
      }
    }
  }
}
