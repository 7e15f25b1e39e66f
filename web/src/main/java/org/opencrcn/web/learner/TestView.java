package org.opencrcn.web.learner;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.opencrcn.assessment.application.AnswerRefusedException;
import org.opencrcn.assessment.application.Positioning;
import org.opencrcn.assessment.application.PositioningViews.Outcome;
import org.opencrcn.assessment.application.PositioningViews.Question;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.referential.application.ReferentialCatalog;
import org.opencrcn.web.shared.LanguageSelection;
import org.opencrcn.web.shared.Redirects;

/**
 * The question page of a positioning test. The challenge answered is the one this view was given by
 * the service, never a value the browser sends; after each answer the browser is redirected
 * (refreshing never submits twice).
 */
@Named
@ViewScoped
public class TestView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Positioning positioning;
  @Inject private ReferentialCatalog catalog;
  @Inject private LanguageSelection language;
  @Inject private AskedQuestion asked;

  private Long assessmentId;
  private Question question;
  private String competenceTitle;
  private final AnswerForm form = new AnswerForm();

  public void load() throws IOException {
    if (question != null) {
      return;
    }
    var current = asked.take(assessmentId);
    if (current.isEmpty()) {
      current = positioning.currentQuestion(assessmentId);
    }
    if (current.isEmpty()) {
      Redirects.to("/app/result.xhtml?assessment=" + assessmentId);
      return;
    }
    question = current.get();
    competenceTitle = catalog.competenceTitle(question.competenceCode(), language.getLocale());
  }

  public String getCompetenceTitle() {
    return competenceTitle;
  }

  public void validate() throws IOException {
    AnswerForm.Submission submission = form.toSubmission(question.challenge().type());
    submit(submission.answer(), submission.raw());
  }

  public void skip() throws IOException {
    submit(null, null);
  }

  private void submit(Answer answer, String raw) throws IOException {
    try {
      Outcome outcome = positioning.answer(assessmentId, question.challenge().id(), answer, raw);
      if (outcome.next() != null) {
        asked.keep(outcome.next());
      }
      Redirects.to(
          outcome.checkpointDue()
              ? "/app/checkpoint.xhtml?assessment=" + assessmentId
              : "/app/test.xhtml?assessment=" + assessmentId);
    } catch (AnswerRefusedException refused) {
      FacesContext faces = FacesContext.getCurrentInstance();
      String message =
          faces
              .getApplication()
              .getResourceBundle(faces, "msg")
              .getString("test.refused." + refused.reason());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
  }

  public Long getAssessmentId() {
    return assessmentId;
  }

  public void setAssessmentId(Long assessmentId) {
    this.assessmentId = assessmentId;
  }

  public Question getQuestion() {
    return question;
  }

  /** The timer's time left as m:ss, as the countdown script then shows it. */
  public String getTimeLeft() {
    int seconds = question.secondsLeft() == null ? 0 : question.secondsLeft();
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  public AnswerForm getForm() {
    return form;
  }
}
