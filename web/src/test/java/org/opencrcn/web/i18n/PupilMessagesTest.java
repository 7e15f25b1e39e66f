package org.opencrcn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.organization.application.pupils.ImportRefusedException;
import org.opencrcn.organization.application.pupils.ReconciliationRefusedException;
import org.opencrcn.organization.domain.siecle.SiecleProblem;

/**
 * Every reason a SIECLE import or a reconciliation is refused has its message, in both languages.
 */
class PupilMessagesTest {
  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = PupilMessagesTest.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  @DisplayName("Each SIECLE problem, import refusal and reconciliation refusal is worded")
  void everyReasonWorded() throws IOException {
    for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
      Properties messages = load(bundle);
      for (SiecleProblem problem : SiecleProblem.values()) {
        assertThat(messages.getProperty("siecle.problem." + problem.name()))
            .as(bundle + " " + problem)
            .isNotBlank();
      }
      for (ImportRefusedException.Reason reason : ImportRefusedException.Reason.values()) {
        assertThat(messages.getProperty("pupils.import.refused." + reason.name()))
            .as(bundle + " " + reason)
            .isNotBlank();
      }
      for (ReconciliationRefusedException.Reason reason :
          ReconciliationRefusedException.Reason.values()) {
        assertThat(messages.getProperty("reconciliation.refused." + reason.name()))
            .as(bundle + " " + reason)
            .isNotBlank();
      }
    }
  }

  @Test
  @DisplayName("Another school's file reads as a French sentence naming its UAI")
  void uaiMismatch() throws IOException {
    assertThat(
            MessageFormat.format(
                load("messages.properties").getProperty("siecle.problem.UAI_MISMATCH"), "0382888Y"))
        .isEqualTo(
            "Ce fichier est celui d'un autre établissement (UAI 0382888Y) : aucun élève n'a été importé.");
  }
}
