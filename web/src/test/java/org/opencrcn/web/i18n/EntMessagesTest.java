package org.opencrcn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.identity.application.AttachmentRefusedException;
import org.opencrcn.organization.application.pupils.ReconciliationRefusedException;

/** Every refusal the ENT welcome and the attachment pages can show is worded, in both languages. */
class EntMessagesTest {

  @Test
  @DisplayName("Each reconciliation and attachment refusal has its ENT page message")
  void everyReasonWorded() throws IOException {
    for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
      Properties messages = new Properties();
      try (InputStream in = EntMessagesTest.class.getResourceAsStream(bundle)) {
        messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (ReconciliationRefusedException.Reason reason :
          ReconciliationRefusedException.Reason.values()) {
        assertThat(messages.getProperty("ent.pupil.refused." + reason.name()))
            .as(bundle + " " + reason)
            .isNotBlank();
      }
      for (AttachmentRefusedException.Reason reason : AttachmentRefusedException.Reason.values()) {
        assertThat(messages.getProperty("ent.attach.refused." + reason.name()))
            .as(bundle + " " + reason)
            .isNotBlank();
      }
    }
  }
}
