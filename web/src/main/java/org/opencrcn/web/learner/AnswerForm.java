package org.opencrcn.web.learner;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.opencrcn.assessment.domain.answer.Answer;

/**
 * What the learner typed or chose on a question page, whatever the test (positioning, discovery),
 * turned into the {@link Answer} of the challenge's type and the raw text that is stored.
 */
public class AnswerForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The answer to validate and the text recorded for it. */
  public record Submission(Answer answer, String raw) {}

  private Integer proposal;
  private List<String> proposals = new ArrayList<>();
  private String text;
  private final Map<String, String> fields = new HashMap<>();

  /**
   * @param type the challenge's type (QCU, QCM, QROC, QROCM-ind, QROCM-dep); chosen proposals are
   *     numbers, since Faces accepts only the values it offered
   */
  public Submission toSubmission(String type) {
    return switch (type) {
      case "QCU" ->
          proposal == null
              ? new Submission(new Answer.Choices(new HashSet<>()), "")
              : new Submission(new Answer.Choice(proposal), String.valueOf(proposal));
      case "QCM" -> {
        // Faces fills a List binding with the item values themselves (numbers) whatever its
        // declared element type, so the elements are read as objects.
        var chosen = new java.util.TreeSet<Integer>();
        for (Object p : (List<?>) proposals) {
          chosen.add(Integer.valueOf(String.valueOf(p)));
        }
        yield new Submission(
            new Answer.Choices(new HashSet<>(chosen)),
            chosen.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
      }
      case "QROC" ->
          new Submission(new Answer.Text(text == null ? "" : text), text == null ? "" : text);
      default -> {
        Map<String, String> typed = new HashMap<>();
        fields.forEach((key, value) -> typed.put(key, value == null ? "" : value));
        // Fields all left blank are no answer (the learner is asked to answer or skip), not a
        // wrong one: the raw text must then be empty, not the separators alone.
        boolean nothingTyped = typed.values().stream().allMatch(String::isBlank);
        yield new Submission(
            new Answer.Fields(Map.copyOf(typed)),
            nothingTyped ? "" : String.join(" | ", typed.values()));
      }
    };
  }

  public Integer getProposal() {
    return proposal;
  }

  public void setProposal(Integer proposal) {
    this.proposal = proposal;
  }

  public List<String> getProposals() {
    return proposals;
  }

  public void setProposals(List<String> proposals) {
    this.proposals = proposals;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Map<String, String> getFields() {
    return fields;
  }
}
