package org.opencrcn.web.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opencrcn.campaign.application.CampaignRefusedException;
import org.opencrcn.campaign.application.Participations;
import org.opencrcn.web.shared.UserMessages;

/**
 * "J'ai un code": the code typed (spaces and lower case do not matter) leads to the campaign's
 * landing page; an unknown or archived code gets its own message, and unknown codes are counted.
 */
@Named
@RequestScoped
public class CampaignCodeView {
  @Inject private Participations participations;
  @Inject private UserMessages messages;

  private String code;

  public String open() {
    try {
      String found = participations.landing(code).code();
      return "/app/campagne?faces-redirect=true&code=" + found;
    } catch (CampaignRefusedException refused) {
      messages.errorOnThisPage("campaign.refused." + refused.reason());
      return null;
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
