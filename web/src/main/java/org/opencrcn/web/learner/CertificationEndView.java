package org.opencrcn.web.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opencrcn.certification.application.CertificationTest;
import org.opencrcn.certification.application.CourseViews.State;
import org.opencrcn.certification.domain.course.CourseRefusedException;
import org.opencrcn.web.shared.UserMessages;

/**
 * The page after the test: finished, or ended by the supervisor; results come after the session.
 */
@Named
@RequestScoped
public class CertificationEndView {
  @Inject private CertificationTest test;
  @Inject private CertificationDevice device;
  @Inject private UserMessages messages;

  private Long courseId;
  private State state;

  public void load() {
    try {
      state = test.state(courseId, device.token());
    } catch (CourseRefusedException refused) {
      messages.errorOnThisPage("certif.test.refused." + refused.reason());
    }
  }

  public State getState() {
    return state;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }
}
