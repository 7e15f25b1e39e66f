package org.opencrcn.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The provisioned WildFly with the EAR, started in its own process group (so that the script's trap
 * can stop it whatever happens to this driver), killed with SIGKILL, restarted on the same data.
 */
public final class WildFlyServer {
  private final Path home;
  private final Path baseDir;
  private final List<String> arguments;
  private final String javaOpts;
  private final Path groupFile;
  private final URI probe;
  private Process script;

  /**
   * @param groupFile where the process group id is written, for the calling script's trap
   * @param probe an address that answers 200 once the application is deployed
   */
  public WildFlyServer(
      Path home, Path baseDir, List<String> arguments, String javaOpts, Path groupFile, URI probe) {
    this.home = home;
    this.baseDir = baseDir;
    this.arguments = List.copyOf(arguments);
    this.javaOpts = javaOpts;
    this.groupFile = groupFile;
    this.probe = probe;
  }

  /** Starts WildFly and waits until the application answers; returns the seconds it took. */
  public double start(Duration timeout) throws IOException, InterruptedException {
    // Another server answering there would pass for this one (and be killed in its place).
    try (var socket = new java.net.Socket(probe.getHost(), probe.getPort())) {
      throw new IOException("Something already listens on " + probe + ": stop it first");
    } catch (java.net.ConnectException free) {
      // As it should be.
    }
    List<String> command = new ArrayList<>();
    command.add("setsid");
    command.add(home.resolve("bin/standalone.sh").toString());
    command.add("-Djboss.server.base.dir=" + baseDir);
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_OPTS", javaOpts);
    builder.redirectErrorStream(true);
    builder.redirectOutput(
        ProcessBuilder.Redirect.appendTo(baseDir.resolve("console.log").toFile()));
    Instant started = Instant.now();
    script = builder.start();
    Files.writeString(groupFile, Long.toString(script.pid()));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = started.plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!script.isAlive()) {
        throw new IOException("WildFly stopped while starting; see " + baseDir.resolve("log"));
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return Duration.between(started, Instant.now()).toMillis() / 1000.0;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    throw new IOException("WildFly did not deploy OpenCRCN within " + timeout);
  }

  /** SIGKILL to WildFly's Java process (not a shutdown: no hook, no flush). */
  public void kill() throws InterruptedException {
    Optional<ProcessHandle> java = javaProcess();
    if (java.isEmpty()) {
      throw new IllegalStateException("No WildFly Java process under " + script.pid());
    }
    java.get().destroyForcibly();
    java.get().onExit().join();
    script.waitFor();
  }

  /** A clean shutdown (SIGTERM to the group), SIGKILL after a minute. */
  public void stop() throws IOException, InterruptedException {
    if (script == null || !script.isAlive()) {
      return;
    }
    // Found before the signal: once the script has exited, Java is no longer its descendant.
    Optional<ProcessHandle> java = javaProcess();
    signalGroup("TERM");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while ((script.isAlive() || java.map(ProcessHandle::isAlive).orElse(false))
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    if (script.isAlive() || java.map(ProcessHandle::isAlive).orElse(false)) {
      signalGroup("KILL");
      java.ifPresent(ProcessHandle::destroyForcibly);
      script.waitFor();
      java.ifPresent(process -> process.onExit().join());
    }
  }

  /** The folder the deployment scanner watches. */
  public Path deployments() {
    return baseDir.resolve("deployments");
  }

  /** The size of the server log so far (0 before it exists), for {@link #logSince}. */
  public long logSize() throws IOException {
    Path log = serverLog();
    return Files.exists(log) ? Files.size(log) : 0;
  }

  /** What the server log received after it had {@code size} bytes. */
  public String logSince(long size) throws IOException {
    Path log = serverLog();
    if (!Files.exists(log)) {
      return "";
    }
    byte[] all = Files.readAllBytes(log);
    // A rotated log starts again from 0.
    int from = all.length >= size ? (int) size : 0;
    return new String(all, from, all.length - from, java.nio.charset.StandardCharsets.UTF_8);
  }

  private Path serverLog() {
    return baseDir.resolve("log/server.log");
  }

  /** The id of WildFly's Java process (jcmd, the soak test's heap samples). */
  public long javaPid() {
    return javaProcess()
        .orElseThrow(() -> new IllegalStateException("No WildFly Java process"))
        .pid();
  }

  private Optional<ProcessHandle> javaProcess() {
    return script
        .toHandle()
        .descendants()
        .filter(
            process ->
                process.info().command().map(command -> command.endsWith("/java")).orElse(false))
        .findFirst();
  }

  private void signalGroup(String signal) throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-" + signal, "--", "-" + script.pid())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor();
  }
}
