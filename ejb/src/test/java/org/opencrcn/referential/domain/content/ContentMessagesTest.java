package org.opencrcn.referential.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContentMessagesTest {
  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ContentMessagesTest.class.getResourceAsStream(name)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  @DisplayName("Every validator message exists in French and in English")
  void sameKeysInBothLanguages() throws IOException {
    Properties french = load("ContentMessages.properties");
    Properties english = load("ContentMessages_en.properties");

    assertThat(french.stringPropertyNames())
        .hasSizeGreaterThan(40)
        .isEqualTo(english.stringPropertyNames());
  }

  @Test
  @DisplayName("French apostrophes survive message formatting")
  void apostrophes() {
    var error = new ContentError("f", "", "skill.noPlayableChallenge", "@rechinfo3");

    assertThat(error.message(java.util.Locale.FRENCH))
        .isEqualTo("l'acquis @rechinfo3 n'a aucune épreuve jouable (statut validé ou archivé)");
  }
}
