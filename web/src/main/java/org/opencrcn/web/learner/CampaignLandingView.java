package org.opencrcn.web.learner;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import org.opencrcn.campaign.application.CampaignRefusedException;
import org.opencrcn.campaign.application.LearnerViews.Landing;
import org.opencrcn.campaign.application.LearnerViews.PupilIdentity;
import org.opencrcn.campaign.application.Participations;
import org.opencrcn.organization.application.pupils.ReconciliationRefusedException;
import org.opencrcn.web.shared.Redirects;
import org.opencrcn.web.shared.UserMessages;

/**
 * A campaign's landing page, reached with its code or its direct link: what the campaign is, and
 * the button that joins it — with, for a school's pupil not linked yet, the form that finds their
 * pupil record. A learner who already joined goes straight to their participation.
 */
@Named
@ViewScoped
public class CampaignLandingView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Participations participations;
  @Inject private UserMessages messages;

  private String code;
  private Landing landing;
  private String refusal;
  private String externalId;
  private String firstName;
  private String lastName;
  private LocalDate birthdate;

  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      landing = participations.landing(code);
    } catch (CampaignRefusedException refused) {
      refusal = "campaign.refused." + refused.reason();
      return;
    }
    if (landing.participationId() != null) {
      Redirects.to("/app/participation.xhtml?participation=" + landing.participationId());
    }
  }

  public String join() {
    try {
      PupilIdentity identity =
          landing.sco() && !landing.linked()
              ? new PupilIdentity(firstName, lastName, birthdate)
              : null;
      long participation = participations.join(landing.code(), externalId, identity);
      return "/app/participation?faces-redirect=true&participation=" + participation;
    } catch (CampaignRefusedException refused) {
      messages.errorOnThisPage("campaign.refused." + refused.reason());
    } catch (ReconciliationRefusedException refused) {
      messages.errorOnThisPage("reconciliation.refused." + refused.reason());
    }
    return null;
  }

  /** The reconciliation form is asked of a school's pupil not linked to their record yet. */
  public boolean isIdentityAsked() {
    return landing != null && landing.sco() && !landing.linked();
  }

  public String getRefusal() {
    return refusal;
  }

  public Landing getLanding() {
    return landing;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getExternalId() {
    return externalId;
  }

  public void setExternalId(String externalId) {
    this.externalId = externalId;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public LocalDate getBirthdate() {
    return birthdate;
  }

  public void setBirthdate(LocalDate birthdate) {
    this.birthdate = birthdate;
  }
}
