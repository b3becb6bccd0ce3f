package com.skovik.scim.auth;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.skovik.CallContext;
import com.skovik.scim.skovik.CustomField;
import com.skovik.scim.skovik.IdentityProvider;
import com.skovik.scim.skovik.SkovikApiException;
import com.skovik.scim.skovik.SkovikClient;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns verified token claims into a {@link Tenant}: the identity provider configuration must
 * exist, have provisioning enabled and still list the token. Configurations are cached briefly
 * (30 s by default) so that a revoked token stops working fast without an upstream call per
 * request; concurrent misses share one load and failed loads are not kept.
 */
public final class TenantDirectory {

  private final Vertx vertx;
  private final SkovikClient skovik;
  private final AsyncCache<Key, Lookup> profiles;

  public TenantDirectory(Vertx vertx, SkovikClient skovik, Duration ttl) {
    this.vertx = vertx;
    this.skovik = skovik;
    this.profiles = Caffeine.newBuilder()
        .expireAfterWrite(ttl)
        .maximumSize(10_000)
        .buildAsync();
  }

  public Future<Tenant> tenantFor(CallContext ctx, TokenClaims claims) {
    Key key = new Key(claims.companyId(), claims.identityProviderId());
    var context = vertx.getOrCreateContext();
    // The cached future never fails: Caffeine would print every failed load as a warning with
    // its stack trace, outside our logging, for what is often a plain 401.
    CompletableFuture<Lookup> lookup = profiles.get(key, (k, executor) -> load(ctx, k)
        .map(Lookup::found)
        .otherwise(Lookup::failed)
        .toCompletionStage().toCompletableFuture());
    return Future.fromCompletionStage(lookup, context)
        .compose(found -> found.failure() == null
            ? Future.succeededFuture(found.profile())
            : forget(key, lookup, found.failure()))
        .map(profile -> admit(profile, claims));
  }

  /** A failed load is shared by the requests that waited on it, then dropped from the cache. */
  private Future<Profile> forget(Key key, CompletableFuture<Lookup> lookup, Throwable failure) {
    profiles.asMap().remove(key, lookup);
    return Future.failedFuture(failure);
  }

  private Future<Profile> load(CallContext ctx, Key key) {
    return skovik.identityProvider(ctx, key.companyId(), key.identityProviderId())
        .recover(failure -> Future.failedFuture(isNotFound(failure)
            ? ScimException.unauthorized("The identity provider configuration of this SCIM token "
                + "no longer exists in Skovik.")
            : failure))
        .compose(idp -> idp.customFieldMappings().isEmpty()
            ? Future.succeededFuture(new Profile(idp, List.of()))
            : skovik.customFields(ctx, key.companyId()).map(fields -> new Profile(idp, fields)));
  }

  private static Tenant admit(Profile profile, TokenClaims claims) {
    IdentityProvider idp = profile.identityProvider();
    if (!idp.activeTokenIds().contains(claims.tokenId())) {
      throw ScimException.unauthorized("This SCIM token has been revoked or replaced in Skovik.");
    }
    if (!idp.userProvisioningEnabled()) {
      throw ScimException.forbidden("User provisioning is disabled for this identity provider "
          + "configuration in Skovik.");
    }
    return new Tenant(idp.companyId(), idp.id(), idp.defaultBranchId(), mappedFields(profile));
  }

  /**
   * The mapped custom fields whose definitions still exist and whose type the gateway knows; a
   * dangling mapping is left out.
   */
  private static List<CustomFieldAttribute> mappedFields(Profile profile) {
    Map<String, CustomField> byId = profile.customFields().stream()
        .collect(Collectors.toMap(CustomField::id, Function.identity(), (a, b) -> a));
    List<CustomFieldAttribute> mapped = new ArrayList<>();
    profile.identityProvider().customFieldMappings().forEach((scimName, fieldId) -> {
      CustomField field = byId.get(fieldId);
      if (field != null && field.type() != CustomField.Type.UNSUPPORTED
          && scimName.matches("custom_field[1-9]")) {
        mapped.add(new CustomFieldAttribute(scimName, field.id(), field.name(),
            CustomFieldAttribute.Kind.valueOf(field.type().name()), field.options()));
      }
    });
    return mapped;
  }

  private static boolean isNotFound(Throwable failure) {
    return failure instanceof SkovikApiException api && api.status() == 404;
  }

  private record Key(String companyId, String identityProviderId) {}

  private record Profile(IdentityProvider identityProvider, List<CustomField> customFields) {}

  /** The outcome of one load: a profile, or the failure to answer with. */
  private record Lookup(Profile profile, Throwable failure) {
    static Lookup found(Profile profile) {
      return new Lookup(profile, null);
    }

    static Lookup failed(Throwable failure) {
      return new Lookup(null, failure);
    }
  }
}
