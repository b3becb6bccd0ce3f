package com.skovik.scim.users;

import com.skovik.scim.scim.ScimException;
import com.skovik.scim.skovik.Branch;
import com.skovik.scim.skovik.BranchDirectory;
import com.skovik.scim.skovik.SkovikApiException;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.function.Function;

/**
 * The enterprise {@code division} ↔ Skovik branch, through the branch directory's cache. Also
 * owns the one retry that a stale cache entry deserves: when a write says the branch is unknown
 * or archived, the entry is dropped and the division resolved once more.
 */
final class Divisions {

  private final BranchDirectory branches;

  Divisions(BranchDirectory branches) {
    this.branches = branches;
  }

  /** The branch id for a division, or the identity provider's default branch when absent. */
  Future<String> branchIdFor(UserCall call, String divisionOrNull) {
    if (divisionOrNull == null) {
      return call.tenant().defaultBranch()
          .map(branchId -> defaultBranch(call, branchId))
          .orElseGet(() -> Future.failedFuture(ScimException.invalidValue(
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division is required: "
                  + "it names the employee's Skovik branch by its external identifier.")));
    }
    return branches.byExternalIdentifier(call.upstream(), call.companyId(), divisionOrNull)
        .map(found -> found
            .filter(branch -> !branch.archived())
            .map(Branch::id)
            .orElseThrow(() -> found.isPresent()
                ? ScimException.invalidValue("division \"" + divisionOrNull
                    + "\" is an archived branch in Skovik; employees cannot be placed in it.")
                : ScimException.invalidValue("division \"" + divisionOrNull + "\" is not the "
                    + "external identifier of any branch in Skovik.")));
  }

  /**
   * The identity provider's default branch, checked like a division is: an archived or deleted
   * default is the administrator's to fix, and Skovik's own refusal would name a division the
   * client never sent. The lookup is cached, and the answer's division needs it anyway.
   */
  private Future<String> defaultBranch(UserCall call, String branchId) {
    return branches.byId(call.upstream(), call.companyId(), branchId)
        .map(found -> found
            .filter(branch -> !branch.archived())
            .map(Branch::id)
            .orElseThrow(() -> ScimException.invalidValue("The user has no "
                + "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division, and the "
                + "default branch of this identity provider configuration (" + branchId + ") is "
                + (found.isPresent() ? "archived" : "not a branch") + " in Skovik. Send a "
                + "division, or change the default branch in Skovik.")));
  }

  /** The id of the branch with this external identifier, archived or not; empty when none. */
  Future<Optional<String>> branchOf(UserCall call, String division) {
    return branches.byExternalIdentifier(call.upstream(), call.companyId(), division)
        .map(found -> found.map(Branch::id));
  }

  /** The external identifier of an employee's branch, or null when it has none. */
  Future<String> divisionOf(UserCall call, String branchId) {
    return branches.byId(call.upstream(), call.companyId(), branchId)
        .map(found -> found.map(Branch::externalIdentifier).orElse(null));
  }

  /**
   * Runs a write that uses a resolved branch (the division's, or the default branch); if Skovik
   * answers that the branch is unknown or archived, the cached entries are dropped and the
   * write runs once more with a fresh lookup.
   */
  <T> Future<T> writeWithBranch(UserCall call, String divisionOrNull,
      Function<String, Future<T>> write) {
    return branchIdFor(call, divisionOrNull)
        .compose(branchId -> write.apply(branchId).recover(failure -> {
          if (!isStaleBranch(failure)) {
            return Future.failedFuture(failure);
          }
          branches.forget(call.companyId(), branchId);
          if (divisionOrNull != null) {
            branches.forgetExternalIdentifier(call.companyId(), divisionOrNull);
          }
          return branchIdFor(call, divisionOrNull).compose(write);
        }));
  }

  private static boolean isStaleBranch(Throwable failure) {
    if (!(failure instanceof SkovikApiException api) || api.status() != 422 || api.details() == null) {
      return false;
    }
    String reason = api.details().path("branch_id").asText("");
    return reason.equals("branch_not_found") || reason.equals("branch_archived");
  }
}
