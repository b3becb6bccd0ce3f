package com.skovik.scim.users;

import com.skovik.scim.http.ScimBaseUrl;
import com.skovik.scim.skovik.BranchDirectory;
import com.skovik.scim.skovik.SkovikClient;
import io.vertx.core.Vertx;

/** Assembles the users feature: its service, its queries and the routes that expose them. */
public final class Users {

  private Users() {}

  public static UserRoutes routes(Vertx vertx, SkovikClient skovik, BranchDirectory branches,
      ScimBaseUrl baseUrl, int maxResults, int queryScanLimit) {
    Divisions divisions = new Divisions(branches);
    UserRenderer renderer = new UserRenderer(skovik, divisions);
    UserService service = new UserService(vertx, skovik, divisions, renderer);
    UserQueries queries = new UserQueries(skovik, divisions, renderer, maxResults, queryScanLimit);
    return new UserRoutes(service, queries, baseUrl);
  }
}
