package org.opencrcn.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What an audit event may hold, who it says did it, and that nothing changes an event. */
class AuditLogRulesTest {

  @Test
  @DisplayName("Targets are a kind and a number, stored as kind:id; a kind is never free text")
  void targetsHoldNumbersOnly() {
    assertThat(
            AuditLog.join(
                AuditTarget.organization(42),
                AuditTarget.of("import", 7),
                AuditTarget.of("import-issues", 3)))
        .isEqualTo("organization:42 import:7 import-issues:3");
    assertThatThrownBy(() -> AuditTarget.of("jeanne.martin@example.org", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditTarget.of("Martin Jeanne", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditTarget.of("", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "The role recorded: platform administrator first, then learner, a visitor of a public form, a timer")
  void callerRole() {
    assertThat(CallerRole.of(true, true, true)).isEqualTo(CallerRole.PLATFORM_ADMIN);
    assertThat(CallerRole.of(true, true, false)).isEqualTo(CallerRole.PLATFORM_ADMIN);
    assertThat(CallerRole.of(false, true, true)).isEqualTo(CallerRole.LEARNER);
    assertThat(CallerRole.of(false, false, true)).isEqualTo(CallerRole.ANONYMOUS);
    assertThat(CallerRole.of(false, false, false)).isEqualTo(CallerRole.SYSTEM);
  }

  @Test
  @DisplayName("The client address is bound for the request being served only")
  void clientAddressScope() {
    assertThat(ClientAddress.current()).isEmpty();
    try (ClientAddress.Scope outer = ClientAddress.bind("192.0.2.10")) {
      assertThat(ClientAddress.current()).contains("192.0.2.10");
      try (ClientAddress.Scope inner = ClientAddress.bind("2001:db8::1")) {
        assertThat(ClientAddress.current()).contains("2001:db8::1");
      }
      assertThat(ClientAddress.current()).contains("192.0.2.10");
    }
    assertThat(ClientAddress.current()).isEmpty();
  }

  private static final Pattern CHANGE_OF_THE_LOG =
      Pattern.compile(
          "(update|delete\\s+from|truncate(\\s+table)?|merge\\s+into)\\s+(audit_event|auditevent)\\b");

  /** The one change the application makes: old events lose their account and address. */
  private static final String REDACTION =
      "update audit_event set account_id = null, client_address = null";

  @Test
  @DisplayName(
      "Append-only: no source of the application updates, deletes or truncates the audit log,"
          + " except the retention run emptying the account and address of old events")
  void noCodeChangesTheLog() throws IOException {
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(Path.of("..").toAbsolutePath().normalize())) {
      offenders =
          files
              .filter(Files::isRegularFile)
              .filter(file -> file.toString().contains("/src/main/"))
              .filter(file -> !file.toString().contains("/target/"))
              .filter(file -> file.toString().matches(".*\\.(java|sql|xml)"))
              .filter(file -> !file.toString().endsWith("V26_1__audit_append_only.sql"))
              .filter(AuditLogRulesTest::changesTheLog)
              .toList();
    }
    assertThat(offenders)
        .allSatisfy(file -> assertThat(file).hasFileName("AuditRetention.java"))
        .hasSizeLessThanOrEqualTo(1);
    String retention =
        Files.readString(Path.of("src/main/java/org/opencrcn/shared/audit/AuditRetention.java"))
            .toLowerCase(Locale.ROOT)
            .replaceAll("\"\\s*\\+\\s*\"", "");
    assertThat(CHANGE_OF_THE_LOG.matcher(retention).results().count()).isEqualTo(1);
    assertThat(retention).contains(REDACTION);
    assertThat(changesTheLog("em.createQuery(\"delete from AuditEvent e\")")).isTrue();
    assertThat(changesTheLog("UPDATE audit_event SET targets = ''")).isTrue();
  }

  private static boolean changesTheLog(Path file) {
    try {
      return changesTheLog(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean changesTheLog(String text) {
    return CHANGE_OF_THE_LOG.matcher(text.toLowerCase(Locale.ROOT)).find();
  }
}
