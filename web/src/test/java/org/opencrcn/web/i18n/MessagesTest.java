package org.opencrcn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The screens' texts: French (base bundle) and English. */
class MessagesTest {
  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  @DisplayName("Every screen text exists in French and in English")
  void sameKeysInBothLanguages() throws IOException {
    assertThat(load("messages.properties").stringPropertyNames())
        .isEqualTo(load("messages_en.properties").stringPropertyNames());
  }

  @Test
  @DisplayName("The download link reads as a sentence in both languages, with format and size")
  void downloadLink() throws IOException {
    Properties french = load("messages.properties");
    Properties english = load("messages_en.properties");

    assertThat(MessageFormat.format(french.getProperty("question.attachment.download"), "Emprunts du CDI") + " "
            + new MessageFormat(french.getProperty("question.attachment.formatAndSize"), Locale.FRENCH).format(new Object[] {"CSV", 2L}))
        .isEqualTo("Télécharger le fichier : Emprunts du CDI (CSV, 2 Ko)");
    assertThat(MessageFormat.format(english.getProperty("question.attachment.download"), "CDI loans"))
        .isEqualTo("Download the file: CDI loans");
  }
}
