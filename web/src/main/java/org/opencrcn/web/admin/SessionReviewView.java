package org.opencrcn.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.opencrcn.certification.application.ResultsReview;
import org.opencrcn.certification.application.ReviewedSession;
import org.opencrcn.certification.domain.result.ResultRefusedException;
import org.opencrcn.web.shared.MissingParameters;
import org.opencrcn.web.shared.UserMessages;

/**
 * One session in review ({@code /admin/certification.xhtml?id=N}): the centre's comment, each
 * candidate's result, incidents and questions; neutralise a question, comment, publish.
 */
@Named
@ViewScoped
public class SessionReviewView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ResultsReview review;
  @Inject private UserMessages messages;

  private Long id;
  private ReviewedSession session;
  private String comment;

  public void load() {
    if (MissingParameters.answeredNotFound(id)) {
      return;
    }
    session = review.session(id);
    comment = session.reviewComment();
  }

  public String neutralise(long resultId, String challengeId, boolean neutralised) {
    return act(
        () -> review.neutralise(id, resultId, challengeId, neutralised), "review.neutralised");
  }

  public String saveComment() {
    return act(() -> review.comment(id, comment), "review.commented");
  }

  public String publish() {
    return act(() -> review.publish(id), "review.published");
  }

  private String act(Runnable change, String done) {
    try {
      change.run();
      messages.info(done);
      return "/admin/certification?faces-redirect=true&id=" + id;
    } catch (ResultRefusedException refused) {
      messages.errorOnThisPage("results.refused." + refused.reason());
      return null;
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ReviewedSession getSession() {
    return session;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
