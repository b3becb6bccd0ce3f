package com.skovik.scim;

import com.skovik.scim.config.ConfigException;
import com.skovik.scim.config.ConfigLoader;
import com.skovik.scim.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Configuration → {@link GatewayConfig} → deployment. Without {@code SKOVIK_API_URL} the gateway
 * starts in demo mode, in front of its embedded Skovik emulator.
 */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    // Libraries that log through java.util.logging (Caffeine, the JDK) join our log format.
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    Vertx vertx = Vertx.vertx();
    // SIGTERM (docker stop, Kubernetes) undeploys the gateway, which drains requests in flight.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> await(vertx.close()), "shutdown"));
    ConfigLoader.load(vertx)
        .compose(config -> config.demoMode()
            ? DemoMode.start(vertx, config)
            : deploy(vertx, config).mapEmpty())
        .onFailure(failure -> {
          if (failure instanceof ConfigException) {
            LOG.error("Configuration error: {}", failure.getMessage());
          } else {
            LOG.error("The gateway failed to start", failure);
          }
          vertx.close().onComplete(closed -> System.exit(2));
        });
  }

  /** Runs on the JVM's shutdown thread, never on an event loop, so it may wait. */
  private static void await(Future<Void> closing) {
    try {
      closing.toCompletionStage().toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      // The process is exiting anyway; nothing more to do.
    }
  }

  /** Deploys a gateway for tests and the demo; completes with the verticle once it listens. */
  static Future<GatewayVerticle> deploy(Vertx vertx, GatewayConfig config) {
    GatewayVerticle gateway = new GatewayVerticle(config);
    return vertx.deployVerticle(gateway).map(id -> gateway);
  }
}
