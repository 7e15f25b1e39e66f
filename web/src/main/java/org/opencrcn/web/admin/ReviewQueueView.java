package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.certification.application.ResultsReview;
import org.opencrcn.certification.application.ReviewQueueRow;

/** The certification sessions finalised and waiting for an administrator before publication. */
@Named
@RequestScoped
public class ReviewQueueView {
  @Inject private ResultsReview review;
  private List<ReviewQueueRow> rows;

  public List<ReviewQueueRow> getRows() {
    if (rows == null) {
      rows = review.queue();
    }
    return rows;
  }
}
