package org.opencrcn.referential.application;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.infrastructure.pack.ChallengeJson;

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
    DownloadLink attachment,
    boolean shuffle,
    List<Integer> displayOrder,
    boolean numeric,
    String unit)
    implements Serializable {

  /** A proposal as shown: its number in the pack (its identity, what is recorded) and its text. */
  public record Choice(int number, String text) implements Serializable {}

  private static final Parser MARKDOWN = Parser.builder().build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The challenge with its proposals in the pack's order (authors' preview). */
  public static ChallengePreview of(CatalogChallenge c) {
    Solution solution = ChallengeJson.readSolution(c.solutionJson());
    Solution.FreeText numeric =
        solution instanceof Solution.FreeText free && free.numeric() ? free : null;
    List<String> proposals =
        c.proposalsJson() == null
            ? List.of()
            : read(c.proposalsJson(), new TypeReference<List<String>>() {});
    return new ChallengePreview(
        c.id(),
        c.type(),
        c.status().code(),
        HTML.render(MARKDOWN.parse(c.instruction())),
        proposals,
        c.fieldsJson() == null
            ? List.of()
            : read(c.fieldsJson(), new TypeReference<List<Map<String, String>>>() {}),
        c.illustrationFile() == null
            ? c.illustrationUrl()
            : ContentFileLinks.inline(c.illustrationFile()),
        c.illustrationAlt(),
        c.timerSeconds(),
        DownloadLink.of(c),
        c.shuffle(),
        IntStream.rangeClosed(1, proposals.size()).boxed().toList(),
        numeric != null,
        numeric == null ? null : numeric.unit());
  }

  /**
   * The same challenge with its proposals shown in this order (proposal numbers from 1, each once);
   * a challenge that opted out of shuffling keeps the pack's order.
   */
  public ChallengePreview inOrder(List<Integer> order) {
    if (!shuffle) {
      return this;
    }
    if (order.size() != proposals.size()
        || !order.stream().sorted().toList().equals(displayOrder.stream().sorted().toList())) {
      throw new IllegalArgumentException("Not an order of the proposals: " + order);
    }
    return new ChallengePreview(
        id,
        type,
        status,
        instructionHtml,
        proposals,
        fields,
        illustrationUrl,
        illustrationAlt,
        timerSeconds,
        attachment,
        shuffle,
        List.copyOf(order),
        numeric,
        unit);
  }

  /** The proposals in display order, each with its number in the pack. */
  public List<Choice> choices() {
    return displayOrder.stream().map(n -> new Choice(n, proposals.get(n - 1))).toList();
  }

  /** A numeric answer with a unit: the learner may write it after the number. */
  public boolean numericWithUnit() {
    return numeric && unit != null;
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
