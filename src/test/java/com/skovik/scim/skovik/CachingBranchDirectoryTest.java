package com.skovik.scim.skovik;

import static org.assertj.core.api.Assertions.assertThat;

import com.skovik.scim.skovik.SkovikUnavailableException.Kind;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class CachingBranchDirectoryTest {

  private static final CallContext CTX = new CallContext("req-7", "cmp_acme");
  private static final Branch OSLO = new Branch("br_oslo", "Oslo", "NO-OSL", false);

  private final AtomicLong nanos = new AtomicLong();
  private final FakeBranchClient client = new FakeBranchClient();
  private CachingBranchDirectory directory;

  @BeforeEach
  void createDirectory(Vertx vertx) {
    directory = new CachingBranchDirectory(vertx, client, BranchDirectoryOptions.defaults(), nanos::get);
    client.byExternalIdentifier = ext -> Future.succeededFuture(
        ext.equalsIgnoreCase("no-osl") ? List.of(OSLO) : List.of());
    client.byId = id -> id.equals("br_oslo")
        ? Future.succeededFuture(OSLO)
        : Future.failedFuture(FakeBranchClient.notFound());
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  private Future<Optional<Branch>> byExt(String externalIdentifier) {
    return directory.byExternalIdentifier(CTX, "cmp_acme", externalIdentifier);
  }

  private Future<Optional<Branch>> byId(String branchId) {
    return directory.byId(CTX, "cmp_acme", branchId);
  }

  private static <T> void expect(VertxTestContext test, Future<T> future, WireMockClientTest.Check<T> check) {
    WireMockClientTest.expectSuccess(test, future, check);
  }

  @Test
  void a_hit_needs_no_second_upstream_call(VertxTestContext test) {
    expect(test, byExt("NO-OSL").compose(first -> byExt("NO-OSL")), second -> {
      assertThat(second).contains(OSLO);
      assertThat(client.calls).containsExactly("cmp_acme ext NO-OSL");
    });
  }

  @Test
  void identifiers_differing_in_case_share_an_entry_and_the_answer_keeps_the_branch_spelling(VertxTestContext test) {
    expect(test, byExt("no-osl").compose(first -> byExt("No-Osl")), second -> {
      assertThat(second).map(Branch::externalIdentifier).contains("NO-OSL");
      assertThat(client.calls).containsExactly("cmp_acme ext no-osl");
    });
  }

  @Test
  void two_concurrent_misses_share_one_upstream_call(VertxTestContext test) {
    Promise<List<Branch>> answer = Promise.promise();
    client.byExternalIdentifier = ext -> answer.future();

    Future<Optional<Branch>> first = byExt("NO-OSL");
    Future<Optional<Branch>> second = byExt("no-osl");
    answer.complete(List.of(OSLO));

    expect(test, Future.all(first, second), both -> {
      assertThat(first.result()).contains(OSLO);
      assertThat(second.result()).contains(OSLO);
      assertThat(client.calls).hasSize(1);
    });
  }

  @Test
  void an_unknown_identifier_is_remembered_only_for_the_negative_ttl(VertxTestContext test) {
    Future<Optional<Branch>> lookups = byExt("XX-TYPO")
        .compose(first -> {
          advance(Duration.ofSeconds(29));
          return byExt("XX-TYPO");
        })
        .compose(remembered -> {
          assertThat(remembered).isEmpty();
          assertThat(client.calls).hasSize(1);
          advance(Duration.ofSeconds(2));
          return byExt("XX-TYPO");
        });

    expect(test, lookups, afterTtl -> {
      assertThat(afterTtl).isEmpty();
      assertThat(client.calls).hasSize(2);
    });
  }

  @Test
  void a_new_branch_is_found_once_the_negative_entry_expired(VertxTestContext test) {
    client.byExternalIdentifier = ext -> Future.succeededFuture(List.of());
    Future<Optional<Branch>> lookups = byExt("NO-OSL").compose(missing -> {
      client.byExternalIdentifier = ext -> Future.succeededFuture(List.of(OSLO));
      advance(Duration.ofSeconds(31));
      return byExt("NO-OSL");
    });

    expect(test, lookups, found -> assertThat(found).contains(OSLO));
  }

  @Test
  void a_found_branch_is_kept_for_the_ttl(VertxTestContext test) {
    Future<Optional<Branch>> lookups = byExt("NO-OSL")
        .compose(first -> {
          advance(Duration.ofMinutes(4).plusSeconds(59));
          return byExt("NO-OSL");
        })
        .compose(kept -> {
          assertThat(client.calls).hasSize(1);
          advance(Duration.ofSeconds(2));
          return byExt("NO-OSL");
        });

    expect(test, lookups, reloaded -> {
      assertThat(reloaded).contains(OSLO);
      assertThat(client.calls).hasSize(2);
    });
  }

  @Test
  void a_branch_found_by_external_identifier_is_then_found_by_id_without_a_call(VertxTestContext test) {
    expect(test, byExt("NO-OSL").compose(found -> byId("br_oslo")), byId -> {
      assertThat(byId).contains(OSLO);
      assertThat(client.calls).containsExactly("cmp_acme ext NO-OSL");
    });
  }

  @Test
  void a_branch_found_by_id_is_then_found_by_external_identifier_without_a_call(VertxTestContext test) {
    expect(test, byId("br_oslo").compose(found -> byExt("no-osl")), byExt -> {
      assertThat(byExt).contains(OSLO);
      assertThat(client.calls).containsExactly("cmp_acme id br_oslo");
    });
  }

  @Test
  void an_unknown_id_is_empty_and_remembered_briefly(VertxTestContext test) {
    expect(test, byId("br_gone").compose(first -> byId("br_gone")), second -> {
      assertThat(second).isEmpty();
      assertThat(client.calls).containsExactly("cmp_acme id br_gone");
    });
  }

  @Test
  void a_failed_load_is_not_remembered(VertxTestContext test) {
    client.byId = id -> Future.failedFuture(
        new SkovikUnavailableException("branch.get", Kind.UNAVAILABLE, 3, 503, null));

    Future<Optional<Branch>> lookups = byId("br_oslo")
        .transform((value, failure) -> {
          assertThat(failure).isInstanceOf(SkovikUnavailableException.class);
          client.byId = id -> Future.succeededFuture(OSLO);
          return byId("br_oslo");
        });

    expect(test, lookups, recovered -> {
      assertThat(recovered).contains(OSLO);
      assertThat(client.calls).hasSize(2);
    });
  }

  @Test
  void forget_drops_the_branch_under_its_external_identifier(VertxTestContext test) {
    Future<Optional<Branch>> lookups = byExt("NO-OSL")
        .compose(found -> {
          directory.forget("cmp_acme", "br_oslo");
          return byExt("no-osl");
        });

    expect(test, lookups, again -> assertThat(client.calls)
        .containsExactly("cmp_acme ext NO-OSL", "cmp_acme ext no-osl"));
  }

  @Test
  void forget_drops_the_branch_by_id(VertxTestContext test) {
    Future<Optional<Branch>> lookups = byExt("NO-OSL")
        .compose(found -> {
          directory.forget("cmp_acme", "br_oslo");
          return byId("br_oslo");
        });

    expect(test, lookups, again -> assertThat(client.calls)
        .containsExactly("cmp_acme ext NO-OSL", "cmp_acme id br_oslo"));
  }

  @Test
  void forget_external_identifier_forces_a_reload_of_that_identifier(VertxTestContext test) {
    Future<Optional<Branch>> lookups = byExt("NO-OSL")
        .compose(found -> {
          directory.forgetExternalIdentifier("cmp_acme", "no-osl");
          return byExt("NO-OSL");
        })
        .compose(reloaded -> byId("br_oslo"));

    expect(test, lookups, byId -> assertThat(client.calls)
        .containsExactly("cmp_acme ext NO-OSL", "cmp_acme ext NO-OSL"));
  }

  @Test
  void companies_do_not_share_entries(VertxTestContext test) {
    Future<Optional<Branch>> lookups = byExt("NO-OSL")
        .compose(found -> directory.byExternalIdentifier(CTX, "cmp_other", "NO-OSL"));

    expect(test, lookups, other -> assertThat(client.calls)
        .containsExactly("cmp_acme ext NO-OSL", "cmp_other ext NO-OSL"));
  }

  @Test
  void a_branch_whose_identifier_does_not_match_is_not_taken(VertxTestContext test) {
    client.byExternalIdentifier = ext -> Future.succeededFuture(List.of(OSLO));

    expect(test, byExt("SE-STO"), found -> assertThat(found).isEmpty());
  }

  @Test
  void a_blank_identifier_finds_nothing_without_a_call(VertxTestContext test) {
    expect(test, byExt("  "), found -> {
      assertThat(found).isEmpty();
      assertThat(client.calls).isEmpty();
    });
  }

  @Test
  void the_answer_comes_back_on_the_callers_context_even_when_the_load_completes_elsewhere(
      Vertx vertx, VertxTestContext test) {
    Context caller = vertx.getOrCreateContext();
    Context elsewhere = vertx.getOrCreateContext();
    Promise<Branch> answer = Promise.promise();
    client.byId = id -> answer.future();

    caller.runOnContext(start -> byId("br_oslo").onComplete(test.succeeding(found -> test.verify(() -> {
      assertThat(Vertx.currentContext()).isSameAs(caller);
      assertThat(found).contains(OSLO);
      test.completeNow();
    }))));
    elsewhere.runOnContext(later -> answer.complete(OSLO));
  }
}
