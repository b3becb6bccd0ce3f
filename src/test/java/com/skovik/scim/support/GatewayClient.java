package com.skovik.scim.support;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.concurrent.TimeUnit;

/**
 * Calls the gateway under test from the test thread and waits for the answer, so that tests
 * read top to bottom. Never used on an event loop.
 */
public final class GatewayClient {

  private final WebClient client;
  private final int port;
  private String token;

  public GatewayClient(Vertx vertx, int port, String token) {
    this.client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
        .setDefaultPort(port).setFollowRedirects(false));
    this.port = port;
    this.token = token;
  }

  public int port() {
    return port;
  }

  public GatewayClient withToken(String token) {
    this.token = token;
    return this;
  }

  public ScimResponse get(String path) {
    return send(HttpMethod.GET, path, null, MultiMap.caseInsensitiveMultiMap());
  }

  public ScimResponse post(String path, String json) {
    return send(HttpMethod.POST, path, json, MultiMap.caseInsensitiveMultiMap());
  }

  public ScimResponse put(String path, String json) {
    return send(HttpMethod.PUT, path, json, MultiMap.caseInsensitiveMultiMap());
  }

  public ScimResponse patch(String path, String json) {
    return send(HttpMethod.PATCH, path, json, MultiMap.caseInsensitiveMultiMap());
  }

  public ScimResponse delete(String path) {
    return send(HttpMethod.DELETE, path, null, MultiMap.caseInsensitiveMultiMap());
  }

  /**
   * Sends a request; a JSON body goes as {@code application/scim+json} unless the headers say
   * otherwise, and the current token as a Bearer header unless they carry an Authorization.
   */
  public ScimResponse send(HttpMethod method, String path, String body, MultiMap headers) {
    HttpRequest<Buffer> request = client.request(method, path);
    if (!headers.contains("Authorization") && token != null) {
      request.putHeader("Authorization", "Bearer " + token);
    }
    if (body != null && !headers.contains("Content-Type")) {
      request.putHeader("Content-Type", "application/scim+json; charset=utf-8");
    }
    headers.forEach(header -> request.putHeader(header.getKey(), header.getValue()));
    Future<HttpResponse<Buffer>> sent = body == null ? request.send() : request.sendBuffer(Buffer.buffer(body));
    return ScimResponse.of(await(sent));
  }

  public static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("call failed: " + e, e);
    }
  }
}
