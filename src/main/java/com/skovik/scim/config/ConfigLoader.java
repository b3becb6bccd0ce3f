package com.skovik.scim.config;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * Reads {@code conf/config.json} (from the working directory, else the copy inside the jar) and
 * then the environment. Stores are declared explicitly so that the environment wins: later
 * stores override earlier ones.
 */
public final class ConfigLoader {

  static final String CONFIG_FILE = "conf/config.json";

  private ConfigLoader() {}

  public static Future<GatewayConfig> load(Vertx vertx) {
    ConfigStoreOptions file = new ConfigStoreOptions()
        .setType("file")
        .setFormat("json")
        .setConfig(new JsonObject().put("path", CONFIG_FILE));
    // raw-data keeps values such as a service key of digits exactly as written.
    ConfigStoreOptions environment = new ConfigStoreOptions()
        .setType("env")
        .setConfig(new JsonObject().put("raw-data", true));
    ConfigRetriever retriever = ConfigRetriever.create(vertx, new ConfigRetrieverOptions()
        .setIncludeDefaultStores(false)
        .setScanPeriod(0)
        .addStore(file)
        .addStore(environment));
    return retriever.getConfig()
        .eventually(retriever::close)
        .map(GatewayConfig::from);
  }
}
