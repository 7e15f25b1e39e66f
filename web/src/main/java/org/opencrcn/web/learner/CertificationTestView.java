package org.opencrcn.web.learner;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.certification.application.CertificationTest;
import org.opencrcn.certification.application.CourseViews.Question;
import org.opencrcn.certification.application.CourseViews.State;
import org.opencrcn.certification.domain.course.CourseRefusedException;
import org.opencrcn.web.certif.RoomPush;
import org.opencrcn.web.shared.LanguageSelection;
import org.opencrcn.web.shared.Redirects;
import org.opencrcn.web.shared.UserMessages;

/**
 * The certification test's question page, with the learner's question component. The challenge
 * answered is the one the service gave this view; after each answer the browser is redirected, and
 * the supervisor's room is told.
 */
@Named
@ViewScoped
public class CertificationTestView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CertificationTest test;
  @Inject private CertificationDevice device;
  @Inject private LanguageSelection language;
  @Inject private RoomPush push;
  @Inject private UserMessages messages;

  private Long courseId;
  private Question question;
  private final AnswerForm form = new AnswerForm();

  public void load() throws IOException {
    if (question != null) {
      return;
    }
    try {
      Optional<Question> current =
          test.currentQuestion(courseId, device.token(), language.getLanguage());
      if (current.isEmpty()) {
        Redirects.to("/app/certification-fin.xhtml?course=" + courseId);
        return;
      }
      question = current.get();
      if (question.number() == 1) {
        // The first question shown starts the test: the room sees the candidate under way at
        // once, not at their first answer.
        push.sessionChanged(question.sessionId());
      }
    } catch (CourseRefusedException refused) {
      messages.errorOnThisPage("certif.test.refused." + refused.reason());
    }
  }

  public void validate() throws IOException {
    AnswerForm.Submission submission = form.toSubmission(question.challenge().type());
    submit(submission.answer(), submission.raw());
  }

  public void skip() throws IOException {
    submit(null, null);
  }

  /** The page was left during a focused question: the question ends. */
  public void focusLost() throws IOException {
    try {
      State state = test.focusLost(courseId, device.token(), question.challenge().id());
      after(state);
    } catch (CourseRefusedException refused) {
      messages.errorOnThisPage("certif.test.refused." + refused.reason());
    }
  }

  private void submit(Answer answer, String raw) throws IOException {
    try {
      State state = test.answer(courseId, device.token(), question.challenge().id(), answer, raw);
      after(state);
    } catch (CourseRefusedException refused) {
      messages.errorOnThisPage("certif.test.refused." + refused.reason());
    }
  }

  private void after(State state) throws IOException {
    push.sessionChanged(state.sessionId());
    Redirects.to(
        state.finished()
            ? "/app/certification-fin.xhtml?course=" + courseId
            : "/app/certification-test.xhtml?course=" + courseId);
  }

  public String getTestTimeLeft() {
    long seconds = question.testSecondsLeft();
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  public String getTimeLeft() {
    int seconds = question.secondsLeft() == null ? 0 : question.secondsLeft();
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public Question getQuestion() {
    return question;
  }

  public AnswerForm getForm() {
    return form;
  }
}
