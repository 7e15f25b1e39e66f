package org.opencrcn.referential.application;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;

/**
 * A challenge as a learner will see it: the instruction rendered from Markdown (raw HTML escaped,
 * so content cannot inject scripts), its proposals or fields, illustration, file to download and
 * timer. The illustration's and the download's URLs are resolved: an absolute URL as the pack gave
 * it, or the platform's address of a file the pack shipped.
 */
public record ChallengePreview(
    String id,
    String type,
    String status,
    String instructionHtml,
    List<String> proposals,
    List<Map<String, String>> fields,
    String illustrationUrl,
    String illustrationAlt,
    Integer timerSeconds,
    DownloadLink attachment)
    implements Serializable {

  private static final Parser MARKDOWN = Parser.builder().build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  public static ChallengePreview of(CatalogChallenge c) {
    return new ChallengePreview(
        c.id(),
        c.type(),
        c.status().code(),
        HTML.render(MARKDOWN.parse(c.instruction())),
        c.proposalsJson() == null
            ? List.of()
            : read(c.proposalsJson(), new TypeReference<List<String>>() {}),
        c.fieldsJson() == null
            ? List.of()
            : read(c.fieldsJson(), new TypeReference<List<Map<String, String>>>() {}),
        c.illustrationFile() == null
            ? c.illustrationUrl()
            : ContentFileLinks.inline(c.illustrationFile()),
        c.illustrationAlt(),
        c.timerSeconds(),
        DownloadLink.of(c));
  }

  public boolean singleChoice() {
    return "QCU".equals(type);
  }

  public boolean multipleChoice() {
    return "QCM".equals(type);
  }

  public boolean freeText() {
    return "QROC".equals(type);
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
