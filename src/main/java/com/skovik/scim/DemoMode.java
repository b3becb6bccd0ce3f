package com.skovik.scim;

import com.skovik.scim.config.GatewayConfig;
import com.skovik.scim.emulator.DemoSeed;
import com.skovik.scim.emulator.DemoTenant;
import com.skovik.scim.emulator.EmulatorOptions;
import com.skovik.scim.emulator.SkovikEmulator;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo start-up: the embedded, in-memory Skovik emulator, seeded with a demo company, and
 * the gateway in front of it. The only production code that reaches into the emulator.
 */
final class DemoMode {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);

  private DemoMode() {}

  static Future<Void> start(Vertx vertx, GatewayConfig config) {
    EmulatorOptions options = EmulatorOptions.defaults().withPort(config.demoEmulatorPort());
    return SkovikEmulator.start(vertx, options).compose(emulator -> {
      DemoTenant demo = DemoSeed.seed(emulator);
      GatewayConfig demoConfig = config.withSkovik(URI.create(emulator.baseUrl()),
          emulator.serviceKey(), emulator.issuer());
      return Main.deploy(vertx, demoConfig)
          .onSuccess(gateway -> announce(gateway.actualPort(), emulator, demo))
          .mapEmpty();
    });
  }

  private static void announce(int port, SkovikEmulator emulator, DemoTenant demo) {
    String base = "http://localhost:" + port + "/scim/v2";
    LOG.warn("""

        ==========================================================================
          DEMO MODE: the gateway runs in front of its EMBEDDED, IN-MEMORY Skovik
          emulator ({}). Nothing is persisted; data is lost on exit.
          Set SKOVIK_API_URL, SKOVIK_SERVICE_KEY and SCIM_TOKEN_ISSUER to serve a
          real Skovik.

          Company: {}   Identity provider: {}
          SCIM base URL: {}
          SCIM token:
          {}

          Try:
            export TOKEN='{}'
            curl -s -H "Authorization: Bearer $TOKEN" {}/ServiceProviderConfig
        ==========================================================================""",
        emulator.baseUrl(), demo.companyId(), demo.identityProviderId(), base, demo.token(),
        demo.token(), base);
  }
}
