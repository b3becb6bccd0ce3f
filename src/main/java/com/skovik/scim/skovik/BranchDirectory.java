package com.skovik.scim.skovik;

import io.vertx.core.Future;
import java.util.Optional;

/**
 * Finds a company's branches by id or by external identifier (the SCIM enterprise
 * "division"), remembering answers for a while. Futures complete on the caller's Vert.x
 * context; an unknown branch is an empty {@link Optional}, an unreachable API a failed future.
 */
public interface BranchDirectory {

  /**
   * The branch with this external identifier, compared case-insensitively; the answer keeps
   * the branch's own spelling. A blank identifier finds nothing.
   */
  Future<Optional<Branch>> byExternalIdentifier(CallContext ctx, String companyId,
      String externalIdentifier);

  /** The branch with this id; unknown (404) → empty. */
  Future<Optional<Branch>> byId(CallContext ctx, String companyId, String branchId);

  /**
   * Drops what is remembered about a branch — by id and under any external identifier that
   * led to it — for example after a write answered {@code branch_not_found} or
   * {@code branch_archived}.
   */
  void forget(String companyId, String branchId);

  /** Drops what is remembered under one external identifier (compared case-insensitively). */
  void forgetExternalIdentifier(String companyId, String externalIdentifier);
}
