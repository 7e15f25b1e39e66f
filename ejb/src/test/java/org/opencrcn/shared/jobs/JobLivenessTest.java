package org.opencrcn.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** When a job still marked running was cut by its server's death (docs/operations.md 7.2). */
class JobLivenessTest {
  private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");
  private static final ServerRun CURRENT = new ServerRun("run-current", "node2", NOW);

  private static JobLiveness with(ServerRun... others) {
    Map<String, ServerRun> runs = new java.util.HashMap<>();
    runs.put(CURRENT.id(), CURRENT);
    for (ServerRun run : others) {
      runs.put(run.id(), run);
    }
    return new JobLiveness(CURRENT, runs, NOW);
  }

  @Test
  @DisplayName("A job of this very server run is alive, however long it has run")
  void ownJobAlive() {
    assertThat(with().cut("run-current", NOW.minusSeconds(86_400))).isFalse();
  }

  @Test
  @DisplayName("A job of another node that beat 89 s ago is alive; 91 s ago, it was cut")
  void otherNodeSilentFor90Seconds() {
    JobLiveness liveness =
        with(
            new ServerRun("run-beating", "node1", NOW.minusSeconds(89)),
            new ServerRun("run-silent", "node3", NOW.minusSeconds(91)));

    assertThat(liveness.cut("run-beating", NOW.minusSeconds(600))).isFalse();
    assertThat(liveness.cut("run-silent", NOW.minusSeconds(10))).isTrue();
  }

  @Test
  @DisplayName(
      "A job of an earlier run of this same node was cut (killed and restarted), even if that run beat a second ago")
  void earlierRunOfThisNode() {
    JobLiveness liveness = with(new ServerRun("run-before-kill", "node2", NOW.minusSeconds(1)));

    assertThat(liveness.cut("run-before-kill", NOW.minusSeconds(5))).isTrue();
  }

  @Test
  @DisplayName("A job naming a run no longer recorded (forgotten after a month) was cut")
  void forgottenRun() {
    assertThat(with().cut("run-forgotten", NOW.minusSeconds(5))).isTrue();
  }

  @Test
  @DisplayName("A job of before the server runs (none named) was cut once it has run an hour")
  void unnamedJobAfterAnHour() {
    JobLiveness liveness = with();

    assertThat(liveness.cut(null, NOW.minusSeconds(3_599))).isFalse();
    assertThat(liveness.cut(null, NOW.minusSeconds(3_601))).isTrue();
  }
}
