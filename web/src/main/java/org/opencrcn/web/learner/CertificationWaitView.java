package org.opencrcn.web.learner;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.opencrcn.certification.application.CertificationTest;
import org.opencrcn.certification.application.CourseViews.State;
import org.opencrcn.certification.domain.course.CourseRefusedException;
import org.opencrcn.web.shared.Redirects;
import org.opencrcn.web.shared.UserMessages;

/**
 * The waiting page after joining: it asks every few seconds whether the supervisor has admitted the
 * candidate, and then moves on to the test by itself.
 */
@Named
@ViewScoped
public class CertificationWaitView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CertificationTest test;
  @Inject private CertificationDevice device;
  @Inject private UserMessages messages;

  private Long courseId;
  private boolean refused;

  public void load() throws IOException {
    check();
  }

  /** Moves on once admitted (also called by the page's poll). */
  public void check() throws IOException {
    try {
      State state = test.state(courseId, device.token());
      if (!state.waiting()) {
        Redirects.to("/app/certification-test.xhtml?course=" + courseId);
      }
    } catch (CourseRefusedException e) {
      refused = true;
      messages.errorOnThisPage("certif.test.refused." + e.reason());
    }
  }

  public boolean isRefused() {
    return refused;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }
}
