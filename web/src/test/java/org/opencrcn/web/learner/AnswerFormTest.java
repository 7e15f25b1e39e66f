package org.opencrcn.web.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.assessment.domain.answer.Answer;

class AnswerFormTest {

  @Test
  @DisplayName(
      "Chosen proposals arrive as numbers in the list Faces binds (not strings): read them as such")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void multipleChoiceWithNumbers() {
    AnswerForm form = new AnswerForm();
    List raw = new ArrayList();
    raw.add(3L);
    raw.add(1L);
    form.setProposals(raw);

    AnswerForm.Submission submission = form.toSubmission("QCM");

    assertThat(submission.answer()).isEqualTo(new Answer.Choices(Set.of(1, 3)));
    assertThat(submission.raw()).isEqualTo("1,3");
  }

  @Test
  @DisplayName("A single choice, a text, and fields left empty become empty strings")
  void otherTypes() {
    AnswerForm form = new AnswerForm();
    form.setProposal(2);
    assertThat(form.toSubmission("QCU").answer()).isEqualTo(new Answer.Choice(2));

    form.setText("Paris");
    assertThat(form.toSubmission("QROC").answer()).isEqualTo(new Answer.Text("Paris"));

    form.getFields().put("a", null);
    form.getFields().put("b", "x");
    assertThat(form.toSubmission("QROCM-ind").answer())
        .isEqualTo(new Answer.Fields(Map.of("a", "", "b", "x")));
  }

  @Test
  @DisplayName("Fields all left blank are sent as no answer (empty raw text), not as a wrong one")
  void blankFieldsAreNoAnswer() {
    AnswerForm form = new AnswerForm();
    form.getFields().put("a", null);
    form.getFields().put("b", "  ");

    assertThat(form.toSubmission("QROCM-ind").raw()).isBlank();

    form.getFields().put("b", "x");
    assertThat(form.toSubmission("QROCM-ind").raw()).contains("x").contains("|");
  }
}
