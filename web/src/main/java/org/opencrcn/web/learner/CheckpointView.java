package org.opencrcn.web.learner;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencrcn.assessment.application.Positioning;
import org.opencrcn.assessment.application.PositioningViews.AnswerSummary;
import org.opencrcn.assessment.application.PositioningViews.Result;
import org.opencrcn.assessment.application.PositioningViews.TutorialLink;
import org.opencrcn.tutorial.application.SavedTutorials;
import org.opencrcn.tutorial.application.TutorialNotFoundException;

/**
 * The checkpoint every 5 answers ("Bilan intermédiaire"), where tutorials can be saved to "Mes
 * tutos", and the final result. View scoped: the save buttons post back to the answers and
 * tutorials this view was shown, never to values the browser sends.
 */
@Named
@ViewScoped
public class CheckpointView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int CHECKPOINT_SIZE = 5;

  @Inject private Positioning positioning;
  @Inject private SavedTutorials savedTutorials;
  private Long assessmentId;
  private List<AnswerSummary> answers;
  private List<TutorialLink> tutorials;
  private final Set<String> savedUrls = new HashSet<>();
  private TutorialNotice notice;
  private Result result;

  public void loadCheckpoint() {
    answers = positioning.lastAnswers(assessmentId, CHECKPOINT_SIZE);
    tutorials = distinctByUrl(answers);
    savedUrls.addAll(savedTutorials.savedAmong(tutorials.stream().map(TutorialLink::url).toList()));
  }

  public void loadResult() {
    result = positioning.result(assessmentId);
  }

  public boolean isSaved(TutorialLink tutorial) {
    return savedUrls.contains(tutorial.url());
  }

  /** Saves the tutorial, or removes it if this page shows it saved. */
  public void toggle(TutorialLink tutorial) {
    if (isSaved(tutorial)) {
      savedTutorials.unsave(tutorial.url());
      savedUrls.remove(tutorial.url());
      notice = new TutorialNotice("tutos.removed", tutorial.title());
      return;
    }
    try {
      savedTutorials.save(tutorial.skillName(), tutorial.url());
      savedUrls.add(tutorial.url());
      notice = new TutorialNotice("tutos.saved", tutorial.title());
    } catch (TutorialNotFoundException gone) {
      notice = new TutorialNotice("tutos.gone", tutorial.title());
    }
  }

  /**
   * The tutorials of the missed answers, each once: two missed skills may recommend the same one.
   */
  static List<TutorialLink> distinctByUrl(List<AnswerSummary> answers) {
    Map<String, TutorialLink> byUrl = new LinkedHashMap<>();
    answers.forEach(
        answer ->
            answer.tutorials().forEach(tutorial -> byUrl.putIfAbsent(tutorial.url(), tutorial)));
    return List.copyOf(byUrl.values());
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

  public List<TutorialLink> getTutorials() {
    return tutorials;
  }

  public TutorialNotice getNotice() {
    return notice;
  }

  public Result getResult() {
    return result;
  }
}
