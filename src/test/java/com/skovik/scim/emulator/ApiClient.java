package com.skovik.scim.emulator;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;

/** Calls the emulator's {@code /internal/v1} API with its service key, as the gateway would. */
final class ApiClient {

  private final WebClient client;
  private final String apiUrl;
  private final String serviceKey;

  ApiClient(Vertx vertx, SkovikEmulator emulator) {
    this.client = WebClient.create(vertx);
    this.apiUrl = emulator.baseUrl() + "/internal/v1";
    this.serviceKey = emulator.serviceKey();
  }

  /** A request with the service key; add headers or query parameters before sending. */
  HttpRequest<Buffer> request(HttpMethod method, String path) {
    return unauthenticated(method, path).bearerTokenAuthentication(serviceKey);
  }

  HttpRequest<Buffer> unauthenticated(HttpMethod method, String path) {
    return client.requestAbs(method, apiUrl + path);
  }

  Future<HttpResponse<Buffer>> get(String path) {
    return request(HttpMethod.GET, path).send();
  }

  Future<HttpResponse<Buffer>> post(String path, JsonObject body) {
    return request(HttpMethod.POST, path).sendJsonObject(body);
  }

  Future<HttpResponse<Buffer>> patch(String path, JsonObject body) {
    return request(HttpMethod.PATCH, path).sendJsonObject(body);
  }

  Future<HttpResponse<Buffer>> delete(String path) {
    return request(HttpMethod.DELETE, path).send();
  }
}
