package org.opencrcn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.CallerRole;

/** The audit page names every action and role in both languages (an action added needs labels). */
class AuditMessagesTest {

  @Test
  @DisplayName("Every audit action and caller role has a French and an English label")
  void everyActionAndRoleLabelled() throws IOException {
    for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
      Properties messages = new Properties();
      try (InputStream in =
          AuditMessagesTest.class.getResourceAsStream("/org/opencrcn/web/i18n/" + bundle)) {
        messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (AuditAction action : AuditAction.values()) {
        assertThat(messages.getProperty("audit.action." + action.name()))
            .as(bundle + ": audit.action." + action.name())
            .isNotBlank();
      }
      for (CallerRole role : CallerRole.values()) {
        assertThat(messages.getProperty("audit.role." + role.name()))
            .as(bundle + ": audit.role." + role.name())
            .isNotBlank();
      }
    }
  }
}
