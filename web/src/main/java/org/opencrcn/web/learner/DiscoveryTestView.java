package org.opencrcn.web.learner;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.opencrcn.assessment.application.AnswerRefusedException;
import org.opencrcn.assessment.application.Discovery;
import org.opencrcn.assessment.application.DiscoveryViews.Outcome;
import org.opencrcn.assessment.application.DiscoveryViews.Question;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.web.shared.Redirects;

/**
 * The question page of a discovery test, around the shared question form. The challenge answered is
 * the one this view was given by the service, never a value the browser sends; after each answer
 * the browser is redirected, so refreshing never submits twice.
 */
@Named
@ViewScoped
public class DiscoveryTestView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Discovery discovery;

  private Long runId;
  private Question question;
  private final AnswerForm form = new AnswerForm();

  public void load() throws IOException {
    if (question != null) {
      return;
    }
    var current = discovery.currentQuestion(runId);
    if (current.isEmpty()) {
      Redirects.to(resultPath());
      return;
    }
    question = current.get();
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
      Outcome outcome = discovery.answer(runId, question.challenge().id(), answer, raw);
      Redirects.to(outcome.finished() ? resultPath() : "/app/decouverte.xhtml?run=" + runId);
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

  private String resultPath() {
    return "/app/decouverte-bilan.xhtml?run=" + runId;
  }

  public Long getRunId() {
    return runId;
  }

  public void setRunId(Long runId) {
    this.runId = runId;
  }

  public Question getQuestion() {
    return question;
  }

  public AnswerForm getForm() {
    return form;
  }
}
