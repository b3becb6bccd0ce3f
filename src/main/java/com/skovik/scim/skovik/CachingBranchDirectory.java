package com.skovik.scim.skovik;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link BranchDirectory} over a Caffeine {@link AsyncCache} keyed by id and by lower-cased
 * external identifier. Concurrent misses for one key share one upstream call; a found branch
 * is kept for {@code ttl} under both keys, an absent one for {@code negativeTtl}; a failed
 * load is not kept. Loads are non-blocking upstream calls started on the caller's context,
 * Caffeine runs its bookkeeping on the completing thread (no executor of its own), and every
 * answer is handed back on the caller's Vert.x context.
 */
public final class CachingBranchDirectory implements BranchDirectory {

  private sealed interface Key permits ById, ByExternalIdentifier {
    String companyId();
  }

  private record ById(String companyId, String branchId) implements Key {}

  private record ByExternalIdentifier(String companyId, String normalised) implements Key {}

  private final Vertx vertx;
  private final SkovikClient client;
  private final AsyncCache<Key, Optional<Branch>> cache;

  public CachingBranchDirectory(Vertx vertx, SkovikClient client, BranchDirectoryOptions options) {
    this(vertx, client, options, Ticker.systemTicker());
  }

  /** @param ticker the time source of expiry; tests pass a fake one */
  public CachingBranchDirectory(Vertx vertx, SkovikClient client, BranchDirectoryOptions options,
      Ticker ticker) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.client = Objects.requireNonNull(client, "client");
    this.cache = Caffeine.newBuilder()
        .maximumSize(options.maximumSize())
        .expireAfter(Expiry.<Key, Optional<Branch>>writing(
            (key, found) -> found.isPresent() ? options.ttl() : options.negativeTtl()))
        .executor(Runnable::run)
        .ticker(ticker)
        .buildAsync();
  }

  @Override
  public Future<Optional<Branch>> byExternalIdentifier(CallContext ctx, String companyId,
      String externalIdentifier) {
    Objects.requireNonNull(ctx, "ctx");
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(externalIdentifier, "externalIdentifier");
    if (externalIdentifier.isBlank()) {
      return Future.succeededFuture(Optional.empty());
    }
    String normalised = normalise(externalIdentifier);
    return lookup(new ByExternalIdentifier(companyId, normalised),
        () -> client.branchesByExternalIdentifier(ctx, companyId, externalIdentifier)
            .map(branches -> matching(branches, normalised)),
        branch -> new ById(companyId, branch.id()));
  }

  @Override
  public Future<Optional<Branch>> byId(CallContext ctx, String companyId, String branchId) {
    Objects.requireNonNull(ctx, "ctx");
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(branchId, "branchId");
    if (branchId.isBlank()) {
      return Future.succeededFuture(Optional.empty());
    }
    return lookup(new ById(companyId, branchId),
        () -> client.branch(ctx, companyId, branchId)
            .map(Optional::of)
            .recover(CachingBranchDirectory::notFoundAsEmpty),
        branch -> branch.externalIdentifier() == null
            ? null
            : new ByExternalIdentifier(companyId, normalise(branch.externalIdentifier())));
  }

  @Override
  public void forget(String companyId, String branchId) {
    cache.synchronous().invalidate(new ById(companyId, branchId));
    cache.asMap().entrySet().removeIf(entry -> entry.getKey() instanceof ByExternalIdentifier key
        && key.companyId().equals(companyId)
        && holds(entry.getValue(), branchId));
  }

  @Override
  public void forgetExternalIdentifier(String companyId, String externalIdentifier) {
    cache.synchronous().invalidate(new ByExternalIdentifier(companyId, normalise(externalIdentifier)));
  }

  /**
   * The cached answer for {@code key}, or one shared load of it. A branch this caller loaded is
   * also remembered under its other key ({@code alsoKnownAs}, null for none) — after Caffeine's
   * compute has returned, since a load may complete at once and a mapping function must not
   * touch other entries.
   */
  private Future<Optional<Branch>> lookup(Key key, Supplier<Future<Optional<Branch>>> load,
      Function<Branch, Key> alsoKnownAs) {
    AtomicBoolean loadedHere = new AtomicBoolean();
    CompletableFuture<Optional<Branch>> entry = cache.get(key, (missing, executor) -> {
      loadedHere.set(true);
      try {
        return load.get().toCompletionStage().toCompletableFuture();
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    });
    Future<Optional<Branch>> answer = Future.fromCompletionStage(entry, vertx.getOrCreateContext());
    if (!loadedHere.get()) {
      return answer;
    }
    return answer.onSuccess(found -> found.ifPresent(branch -> {
      Key other = alsoKnownAs.apply(branch);
      if (other != null) {
        cache.put(other, CompletableFuture.completedFuture(found));
      }
    }));
  }

  private static Optional<Branch> matching(List<Branch> branches, String normalised) {
    return branches.stream()
        .filter(branch -> branch.externalIdentifier() != null
            && normalise(branch.externalIdentifier()).equals(normalised))
        .findFirst();
  }

  private static Future<Optional<Branch>> notFoundAsEmpty(Throwable failure) {
    return failure instanceof SkovikApiException api && api.status() == 404
        ? Future.succeededFuture(Optional.empty())
        : Future.failedFuture(failure);
  }

  private static boolean holds(CompletableFuture<Optional<Branch>> entry, String branchId) {
    return entry.isDone() && !entry.isCompletedExceptionally()
        && entry.getNow(Optional.empty()).map(branch -> branch.id().equals(branchId)).orElse(false);
  }

  private static String normalise(String externalIdentifier) {
    return externalIdentifier.toLowerCase(Locale.ROOT);
  }
}
