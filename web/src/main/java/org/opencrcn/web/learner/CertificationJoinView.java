package org.opencrcn.web.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.opencrcn.certification.application.CertificationJoining;
import org.opencrcn.certification.domain.course.CourseRefusedException;
import org.opencrcn.web.certif.RoomPush;
import org.opencrcn.web.shared.UserMessages;

/**
 * "Certification" in the learner's space: the candidate types the session number, the access code,
 * their names and birthdate; once matched they wait for the supervisor (or go on with their test).
 */
@Named
@RequestScoped
public class CertificationJoinView {
  @Inject private CertificationJoining joining;
  @Inject private CertificationDevice device;
  @Inject private RoomPush push;
  @Inject private UserMessages messages;

  private Long sessionNumber;
  private String accessCode;
  private String familyName;
  private String firstName;
  private LocalDate birthdate;

  public String join() {
    try {
      CertificationJoining.Joined joined =
          joining.join(
              sessionNumber,
              accessCode == null ? "" : accessCode,
              familyName,
              firstName,
              birthdate,
              device.token());
      push.sessionChanged(joined.sessionId());
      return "/app/certification-attente?faces-redirect=true&course=" + joined.courseId();
    } catch (CourseRefusedException refused) {
      messages.errorOnThisPage("certif.test.refused." + refused.reason());
      return null;
    }
  }

  public Long getSessionNumber() {
    return sessionNumber;
  }

  public void setSessionNumber(Long sessionNumber) {
    this.sessionNumber = sessionNumber;
  }

  public String getAccessCode() {
    return accessCode;
  }

  public void setAccessCode(String accessCode) {
    this.accessCode = accessCode;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public LocalDate getBirthdate() {
    return birthdate;
  }

  public void setBirthdate(LocalDate birthdate) {
    this.birthdate = birthdate;
  }
}
