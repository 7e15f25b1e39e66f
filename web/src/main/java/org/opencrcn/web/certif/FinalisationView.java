package org.opencrcn.web.certif;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencrcn.certification.application.FinalisationInput;
import org.opencrcn.certification.application.FinalisationSheet;
import org.opencrcn.certification.application.SessionFinalisation;
import org.opencrcn.certification.domain.course.IncidentCategory;
import org.opencrcn.certification.domain.result.ResultRefusedException;
import org.opencrcn.certification.domain.scoring.AbandonmentReason;
import org.opencrcn.web.shared.MissingParameters;
import org.opencrcn.web.shared.UserMessages;

/**
 * The centre finalises a session ({@code /certif/finalisation.xhtml?session=N}): a reason for each
 * unfinished test, an incident per test if any, the examiner comment, all sent at once. A refusal
 * is shown on the page and nothing is kept.
 */
@Named
@ViewScoped
public class FinalisationView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SessionFinalisation finalisation;
  @Inject private UserMessages messages;

  private Long sessionId;
  private FinalisationSheet sheet;
  private String comment;
  private final Map<Long, String> reasons = new HashMap<>();
  private final Map<Long, String> categories = new HashMap<>();
  private final Map<Long, String> descriptions = new HashMap<>();

  public void load() {
    if (MissingParameters.answeredNotFound(sessionId)) {
      return;
    }
    sheet = finalisation.sheet(sessionId);
  }

  public String finalise() {
    Map<Long, AbandonmentReason> abandonments = new HashMap<>();
    reasons.forEach(
        (course, reason) -> {
          if (reason != null && !reason.isBlank()) {
            abandonments.put(course, AbandonmentReason.valueOf(reason));
          }
        });
    List<FinalisationInput.IncidentReport> incidents = new ArrayList<>();
    categories.forEach(
        (course, category) -> {
          if (category != null && !category.isBlank()) {
            incidents.add(
                new FinalisationInput.IncidentReport(
                    course, IncidentCategory.valueOf(category), descriptions.get(course)));
          }
        });
    try {
      boolean published =
          finalisation.finalise(sessionId, new FinalisationInput(comment, abandonments, incidents));
      messages.info(published ? "finalise.done.published" : "finalise.done.review");
      return "/certif/finalisation?faces-redirect=true&session=" + sessionId;
    } catch (ResultRefusedException refused) {
      messages.errorOnThisPage("results.refused." + refused.reason());
      return null;
    }
  }

  public List<AbandonmentReason> getAbandonmentReasons() {
    return List.of(AbandonmentReason.values());
  }

  public List<IncidentCategory> getIncidentCategories() {
    return List.of(IncidentCategory.values());
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public FinalisationSheet getSheet() {
    return sheet;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public Map<Long, String> getCategories() {
    return categories;
  }

  public Map<Long, String> getDescriptions() {
    return descriptions;
  }
}
