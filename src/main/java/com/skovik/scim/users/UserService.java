package com.skovik.scim.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.ScimSchemas;
import com.skovik.scim.scim.normalise.ResourceNormaliser;
import com.skovik.scim.scim.patch.PatchEngine;
import com.skovik.scim.scim.patch.PatchOperation;
import com.skovik.scim.skovik.CallContext;
import com.skovik.scim.skovik.Employee;
import com.skovik.scim.skovik.NewEmployee;
import com.skovik.scim.skovik.SkovikApiException;
import com.skovik.scim.skovik.SkovikClient;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The User lifecycle over the Skovik API. PUT and PATCH both read the employee, build its SCIM
 * view, apply the request to it, and write back only what changed, conditionally on the version
 * read; when someone else wrote meanwhile, they read and apply again, so concurrent updates of
 * different attributes both survive.
 */
public final class UserService {

  private static final Logger LOG = LoggerFactory.getLogger(UserService.class);
  static final int MAX_UPDATE_ATTEMPTS = 6;
  private static final long CONTENTION_BACKOFF_MILLIS = 25;
  private static final Duration UNDO_BUDGET = Duration.ofSeconds(5);

  private final Vertx vertx;
  private final SkovikClient skovik;
  private final Divisions divisions;
  private final UserRenderer renderer;
  private final UserWriter writer;
  private final UpstreamErrors errors;
  private final ResourceNormaliser normaliser;

  UserService(Vertx vertx, SkovikClient skovik, Divisions divisions, UserRenderer renderer) {
    this.vertx = vertx;
    this.skovik = skovik;
    this.divisions = divisions;
    this.renderer = renderer;
    this.errors = new UpstreamErrors(skovik);
    this.writer = new UserWriter(skovik, divisions, errors);
    // An unmapped custom_fieldN is an administrator's mapping mistake: say so, never drop it.
    this.normaliser = new ResourceNormaliser(Set.of(ScimSchemas.SKOVIK_USER));
  }

  public Future<ObjectNode> create(UserCall call, JsonNode body) {
    ObjectNode user = normaliser.normalise(body, call.tenant().userSchema(),
        ignored -> logIgnored(call, ignored));
    UserState desired = UserState.of(user);
    UserValidation.requireComplete(desired);
    var customFields = UserValidation.customFieldValues(desired, call.tenant());
    // One key per upstream create: HttpSkovikClient's retries of that call reuse it (its outcome
    // may be unknown), a later create of the same person after a DELETE does not. When a stale
    // branch makes Divisions write again, the first create was refused for good and Skovik
    // remembers that refusal under its key, so the second create (another branch_id, another
    // body) needs a key of its own.
    return divisions.writeWithBranch(call, desired.division(), branchId ->
            skovik.createEmployee(call.upstream(), call.companyId(), new NewEmployee(
                desired.userName(), desired.givenName(), desired.familyName(), branchId,
                desired.managerId(), desired.externalId(), customFields),
                UUID.randomUUID().toString()))
        .recover(failure -> errors.translate(failure, call, null))
        .compose(created -> desired.active() ? Future.succeededFuture(created)
            : archiveOrUndo(call, created))
        .compose(created -> renderer.render(call, created));
  }

  /**
   * A user created inactive is created, then archived. If the archive fails, the employee just
   * created is deleted again (best effort): an active employee the identity provider believes
   * it never made would block its retry with a 409.
   */
  private Future<Employee> archiveOrUndo(UserCall call, Employee created) {
    // The archive may have spent the request's time: the undo gets a short budget of its own.
    CallContext ownBudget = CallContext.withBudget(call.upstream().requestId(), UNDO_BUDGET)
        .withTenant(call.tenant().label());
    return writer.archive(call, created).recover(failure ->
        skovik.deleteEmployee(ownBudget, call.companyId(), created.id())
            .onFailure(undo -> LOG.error("[request {} tenant {}] user {} was created but could "
                + "neither be archived nor deleted; it is active in Skovik",
                call.upstream().requestId(), call.tenant().label(), created.id()))
            .transform(undone -> Future.failedFuture(failure)));
  }

  public Future<ObjectNode> get(UserCall call, String id) {
    return read(call, id).compose(employee -> renderer.render(call, employee));
  }

  /** PUT: attributes present replace, null or "" clear, absent ones are kept (RFC 7644 §3.5.1). */
  public Future<ObjectNode> replace(UserCall call, String id, JsonNode body, OptionalLong ifMatch) {
    if (!body.isObject()) {
      return Future.failedFuture(ScimException.invalidSyntax("The request body must be a User object."));
    }
    List<PatchOperation> asReplace =
        List.of(new PatchOperation(PatchOperation.Op.REPLACE, null, body));
    return update(call, id, asReplace, ifMatch);
  }

  public Future<ObjectNode> patch(UserCall call, String id, List<PatchOperation> operations,
      OptionalLong ifMatch) {
    return update(call, id, operations, ifMatch);
  }

  public Future<Void> delete(UserCall call, String id, OptionalLong ifMatch) {
    if (!canBeEmployeeId(id)) {
      return Future.failedFuture(UpstreamErrors.notFound(id));
    }
    Future<Void> checked = ifMatch.isPresent()
        ? read(call, id).compose(current -> requireVersion(current, ifMatch)).mapEmpty()
        : Future.succeededFuture();
    return checked.compose(ok -> skovik.deleteEmployee(call.upstream(), call.companyId(), id)
        .recover(failure -> errors.translate(failure, call, id)));
  }

  private Future<ObjectNode> update(UserCall call, String id, List<PatchOperation> operations,
      OptionalLong ifMatch) {
    return attemptUpdate(call, id, operations, ifMatch, 1)
        .compose(updated -> renderer.render(call, updated));
  }

  private Future<Employee> attemptUpdate(UserCall call, String id,
      List<PatchOperation> operations, OptionalLong ifMatch, int attempt) {
    return read(call, id)
        .compose(current -> requireVersion(current, ifMatch))
        .compose(current -> renderer.editable(call, current).compose(view -> {
          PatchEngine engine = new PatchEngine(call.tenant().userSchema(), normaliser);
          var result = engine.apply(view, operations);
          result.ignoredPaths().forEach(path -> logIgnored(call, path));
          UserState desired = UserState.of(result.resource());
          String currentDivision = UserState.of(view).division();
          return writer.apply(call, current, currentDivision, desired);
        }))
        .recover(failure -> {
          if (!isVersionMismatch(failure) || ifMatch.isPresent()) {
            return errors.translate(failure, call, id);
          }
          if (attempt >= MAX_UPDATE_ATTEMPTS) {
            // The client sent no precondition, so a 412 would be wrong; it may simply retry.
            return Future.failedFuture(ScimException.serviceUnavailable("The user was changed by "
                + "other requests " + attempt + " times while this update was applied. Retry."));
          }
          LOG.debug("[request {}] user {} changed meanwhile; applying again (attempt {})",
              call.upstream().requestId(), id, attempt + 1);
          // Jittered, growing pauses let concurrent writers of one user take turns.
          long pause = 1 + ThreadLocalRandom.current().nextLong(CONTENTION_BACKOFF_MILLIS * attempt);
          return vertx.timer(pause)
              .compose(waited -> attemptUpdate(call, id, operations, ifMatch, attempt + 1));
        });
  }

  private Future<Employee> read(UserCall call, String id) {
    if (!canBeEmployeeId(id)) {
      return Future.failedFuture(UpstreamErrors.notFound(id));
    }
    return skovik.employee(call.upstream(), call.companyId(), id)
        .recover(failure -> errors.translate(failure, call, id));
  }

  private static Future<Employee> requireVersion(Employee current, OptionalLong ifMatch) {
    if (ifMatch.isPresent() && ifMatch.getAsLong() != current.version()) {
      return Future.failedFuture(ScimException.preconditionFailed("If-Match names version "
          + ifMatch.getAsLong() + " but the user is at version " + current.version()
          + "; read it again and retry."));
    }
    return Future.succeededFuture(current);
  }

  /**
   * Whether an id from the path can name an employee at all. The client refuses blank ids and
   * dot segments before sending anything (they would change the upstream path), which would
   * otherwise surface as a 500; no employee has such an id, so it is simply not found.
   */
  private static boolean canBeEmployeeId(String id) {
    return id != null && !id.isBlank() && !id.equals(".") && !id.equals("..");
  }

  private static boolean isVersionMismatch(Throwable failure) {
    return failure instanceof SkovikApiException api && api.status() == 412;
  }

  private static void logIgnored(UserCall call, String attribute) {
    LOG.debug("[request {} tenant {}] ignored attribute {} (not kept by Skovik or read-only)",
        call.upstream().requestId(), call.tenant().label(), attribute);
  }
}
