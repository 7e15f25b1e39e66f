package org.opencrcn.web.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.assessment.application.Positioning;
import org.opencrcn.assessment.application.PositioningViews.AnswerSummary;
import org.opencrcn.assessment.application.PositioningViews.Result;

/** The checkpoint every 5 answers ("Bilan intermédiaire") and the final result. */
@Named
@RequestScoped
public class CheckpointView {
  static final int CHECKPOINT_SIZE = 5;

  @Inject private Positioning positioning;
  private Long assessmentId;
  private List<AnswerSummary> answers;
  private Result result;

  public void loadCheckpoint() {
    answers = positioning.lastAnswers(assessmentId, CHECKPOINT_SIZE);
  }

  public void loadResult() {
    result = positioning.result(assessmentId);
  }

  public Long getAssessmentId() {
    return assessmentId;
  }

  public void setAssessmentId(Long assessmentId) {
    this.assessmentId = assessmentId;
  }

  public List<AnswerSummary> getAnswers() {
    return answers;
  }

  public Result getResult() {
    return result;
  }
}
