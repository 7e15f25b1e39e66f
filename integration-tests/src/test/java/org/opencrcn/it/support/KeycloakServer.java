package org.opencrcn.it.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The real Keycloak of the build (keycloak-realm/target), started with the OpenCRCN and demo ENT
 * realms on the test port and a fresh database; stopped with all its child processes.
 */
final class KeycloakServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(KeycloakServer.class.getName());

  /**
   * Generous: on a shared 2-core machine under load Keycloak was seen to take 171 s to start (and a
   * 180 s limit killed it just as it came up). The wait ends as soon as the realm answers.
   */
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(600);

  private final Process process;
  private final Thread shutdownHook;

  private KeycloakServer(Process process) {
    this.process = process;
    this.shutdownHook = new Thread(this::stop, "keycloak-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  static KeycloakServer start() throws IOException, InterruptedException {
    int port = Integer.getInteger("it.keycloak.port", 18180);
    Path home =
        Path.of(System.getProperty("it.keycloak.home", "../keycloak-realm/target/keycloak"));
    Path data = Path.of(System.getProperty("it.data.dir", "target/it-data")).resolve("keycloak");
    requireFreePort(port);
    deleteRecursively(data);
    Files.createDirectories(data);
    Path log = data.resolve("keycloak.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--http-port=" + port,
                    "--http-host=127.0.0.1",
                    "--import-realm",
                    "--db-url=" + h2Url(data)))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // Resolves the ${OPENCRCN_KEYCLOAK_URL:...} placeholders of the realm files (the demo ENT's
    // addresses as the browser reaches them) when --import-realm reads them.
    builder.environment().put("OPENCRCN_KEYCLOAK_URL", "http://localhost:" + port);
    // A master-realm administrator for the tests that inspect or change the realms (KeycloakAdmin);
    // created when the fresh database creates the master realm.
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakAdmin.USERNAME);
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", KeycloakAdmin.PASSWORD);
    // Quiets an IllegalAccessError Keycloak 26.5 logs on JDK 25 when worker threads end.
    builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
    KeycloakServer server = new KeycloakServer(builder.start());
    server.awaitRealm(port, log);
    return server;
  }

  private void awaitRealm(int port, Path log) throws InterruptedException {
    URI wellKnown =
        URI.create(
            "http://127.0.0.1:" + port + "/realms/opencrcn/.well-known/openid-configuration");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped while starting; see " + log);
      }
      try {
        var response =
            http.send(
                HttpRequest.newBuilder(wellKnown).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          LOG.info("Keycloak is up on port " + port);
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    stop();
    throw new IllegalStateException(
        "Keycloak did not start within " + STARTUP_TIMEOUT + "; see " + log);
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook is running or has run
    }
  }

  /** kc.sh runs Java as a child: stop the children first, or a Keycloak would be left behind. */
  private void stop() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    process.descendants().forEach(child -> child.onExit().join());
    process.onExit().join();
  }

  /** Keycloak adds these H2 settings only to its default URL: without them its schema fails. */
  static String h2Url(Path folder) {
    return "jdbc:h2:file:"
        + folder.toAbsolutePath().resolve("keycloakdb")
        + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE";
  }

  private static void requireFreePort(int port) {
    try (ServerSocket socket =
        new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      socket.setReuseAddress(true);
    } catch (IOException taken) {
      throw new IllegalStateException(
          "Port " + port + " is already in use: the test suite needs it for its own Keycloak.");
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (Files.exists(path)) {
      try (var walk = Files.walk(path)) {
        walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
