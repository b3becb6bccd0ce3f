package com.skovik.scim.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.skovik.scim.scim.ScimException;
import com.skovik.scim.scim.schema.CustomFieldAttribute;
import com.skovik.scim.skovik.EmployeeStatus;
import com.skovik.scim.skovik.SkovikApiException;
import com.skovik.scim.skovik.SkovikClient;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Skovik's answers about employees, in SCIM's words: the one place where an upstream error code
 * becomes a SCIM error, with the field named by its SCIM attribute. Errors that are not about
 * the user (429, 5xx, the service key) pass through to the failure handler unchanged.
 */
final class UpstreamErrors {

  static final String ARCHIVED_IS_PERMANENT = "Archiving in Skovik is permanent: an archived "
      + "employee cannot be made active again. To provision the person again, delete the archived "
      + "employee in Skovik (or DELETE the User) and create a new User.";

  private static final Pattern CODE = Pattern.compile("[a-z0-9_.]{1,64}");

  private final SkovikClient skovik;

  UpstreamErrors(SkovikClient skovik) {
    this.skovik = skovik;
  }

  /** Re-types a failed employee call; {@code userId} names the user for a 404. */
  <T> Future<T> translate(Throwable failure, UserCall call, String userIdOrNull) {
    if (!(failure instanceof SkovikApiException api)) {
      return Future.failedFuture(failure);
    }
    return switch (api.code()) {
      case "not_found" -> Future.failedFuture(notFound(userIdOrNull));
      case "email_taken" -> emailTaken(api, call);
      case "employee_archived" -> Future.failedFuture(ScimException.mutability(
          "The user is archived in Skovik and cannot be changed. " + ARCHIVED_IS_PERMANENT));
      case "version_mismatch" -> Future.failedFuture(ScimException.preconditionFailed(
          "The user was changed meanwhile; read it again for its current version."));
      case "validation_failed" -> Future.failedFuture(validationFailed(api.details(), call));
      default -> Future.failedFuture(failure);
    };
  }

  static ScimException notFound(String userIdOrNull) {
    return ScimException.notFound(userIdOrNull == null
        ? "The user does not exist." : "User " + userIdOrNull + " does not exist.");
  }

  /** A taken email: say when an archived employee holds it, since the fix differs. */
  private <T> Future<T> emailTaken(SkovikApiException api, UserCall call) {
    JsonNode holder = api.details() == null ? null : api.details().get("employee_id");
    String taken = "userName is already the email of another employee in Skovik.";
    if (holder == null || !holder.isTextual()) {
      return Future.failedFuture(ScimException.uniqueness(taken));
    }
    return skovik.employee(call.upstream(), call.companyId(), holder.asText())
        .transform(found -> Future.failedFuture(ScimException.uniqueness(
            found.succeeded() && found.result().status() == EmployeeStatus.ARCHIVED
                ? "userName is the email of an archived employee in Skovik (User "
                    + holder.asText() + "); archived employees keep their email. "
                    + ARCHIVED_IS_PERMANENT
                : taken + " (User " + holder.asText() + ")")));
  }

  /** Every refused field, named by its SCIM attribute: an administrator fixes them all at once. */
  private static ScimException validationFailed(JsonNode details, UserCall call) {
    if (details == null || !details.fields().hasNext()) {
      return ScimException.invalidValue("Skovik rejected the user's values.");
    }
    List<String> problems = new ArrayList<>();
    details.fields().forEachRemaining(field -> problems.add(
        problem(codeOrNull(field.getKey()), reason(field.getValue().asText()), call)));
    return ScimException.invalidValue(String.join(" ", problems));
  }

  /**
   * The contract's reasons are codes such as {@code branch_not_found}; anything else the upstream
   * might put there is not repeated to clients, since it could quote data or internals.
   */
  private static String reason(String upstream) {
    String code = codeOrNull(upstream);
    return code == null ? "refused by Skovik" : code.replace('_', ' ');
  }

  private static String codeOrNull(String text) {
    return text != null && CODE.matcher(text).matches() ? text : null;
  }

  private static String problem(String field, String reason, UserCall call) {
    if (field == null) {
      return "A value was " + reason + ".";
    }
    return switch (field) {
      case "branch_id" -> "division: " + switch (reason) {
        case "branch archived" -> "the branch is archived in Skovik.";
        case "branch not found" -> "no such branch in Skovik.";
        default -> reason + ".";
      };
      case "superior_id" -> "manager: " + switch (reason) {
        case "superior cycle" -> "the manager would make a cycle (a user cannot be their own "
            + "manager, directly or through others).";
        case "superior not found" -> "the manager is not a user of this company.";
        default -> reason + ".";
      };
      case "email" -> "userName: " + reason + ".";
      case "first_name" -> "name.givenName: " + reason + ".";
      case "last_name" -> "name.familyName: " + reason + ".";
      case "external_id" -> "externalId: " + reason + ".";
      default -> field.startsWith("custom_fields.")
          ? customField(field.substring("custom_fields.".length()), reason, call)
          : field + ": " + reason + ".";
    };
  }

  private static String customField(String fieldId, String reason, UserCall call) {
    String attribute = call.tenant().customFields().stream()
        .filter(f -> f.fieldId().equals(fieldId))
        .map(CustomFieldAttribute::scimName)
        .findFirst()
        .orElse("a Skovik custom field");
    return attribute + ": " + reason + ".";
  }
}
