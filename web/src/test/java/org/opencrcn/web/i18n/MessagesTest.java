package org.opencrcn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The screens' bundles: French (the base) and English say the same things, and format correctly.
 */
class MessagesTest {
  private static final Pattern PARAMETER = Pattern.compile("\\{\\d+}");
  // In a MessageFormat pattern a lone apostrophe starts a quote and swallows what follows.
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream("/org/opencrcn/web/i18n/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  @DisplayName(
      "Every French message has an English one, and no English message is left without French")
  void sameKeys() throws IOException {
    Properties french = bundle("messages.properties");
    Properties english = bundle("messages_en.properties");

    assertThat(english.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
  }

  @Test
  @DisplayName(
      "A message with parameters doubles its apostrophes and shows every parameter it is given")
  void parameterizedMessagesFormat() throws IOException {
    for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
      Properties messages = bundle(name);
      for (String key : messages.stringPropertyNames()) {
        String pattern = messages.getProperty(key);
        if (!PARAMETER.matcher(pattern).find()) {
          continue;
        }
        String formatted =
            new MessageFormat(pattern, Locale.FRENCH)
                .format(new Object[] {"P0", "P1", "P2", "P3", "P4", "P5", "P6", "P7"});

        assertThat(LONE_APOSTROPHE.matcher(pattern).find())
            .as("%s %s: lone apostrophe", name, key)
            .isFalse();
        PARAMETER
            .matcher(pattern)
            .results()
            .forEach(
                p ->
                    assertThat(formatted)
                        .as("%s %s", name, key)
                        .contains("P" + p.group().charAt(1)));
      }
    }
  }

  @Test
  @DisplayName("The download link reads as a sentence in both languages, with format and size")
  void downloadLink() throws IOException {
    Properties french = bundle("messages.properties");
    Properties english = bundle("messages_en.properties");

    assertThat(
            MessageFormat.format(
                    french.getProperty("question.attachment.download"), "Emprunts du CDI")
                + " "
                + new MessageFormat(
                        french.getProperty("question.attachment.formatAndSize"), Locale.FRENCH)
                    .format(new Object[] {"CSV", 2L}))
        .isEqualTo("Télécharger le fichier : Emprunts du CDI (CSV, 2 Ko)");
    assertThat(
            MessageFormat.format(english.getProperty("question.attachment.download"), "CDI loans"))
        .isEqualTo("Download the file: CDI loans");
  }
}
