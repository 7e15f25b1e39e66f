package org.opencrcn.web.certif;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.opencrcn.certification.application.CentreInvitationPreview;
import org.opencrcn.certification.application.CentreInvitations;
import org.opencrcn.organization.application.LinkRefusedException;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.web.shared.CurrentPerson;
import org.opencrcn.web.shared.UserMessages;

/**
 * The mailed invitation to a certification centre, followed by a signed-in person: the page names
 * the centre (and the invited address when it is not the account's), or why the link no longer
 * works; accepting is a POST, so that a mail scanner opening the link changes nothing.
 */
@Named
@ViewScoped
public class CentreInvitationLinkView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CentreInvitations invitations;
  @Inject private CurrentPerson currentPerson;
  @Inject private UserMessages messages;

  private String token;
  private CentreInvitationPreview preview;
  private LinkRefusedException.Reason refusal;
  private boolean otherAddressConfirmed;

  public void load() {
    if (token == null || token.isBlank()) {
      refusal = LinkRefusedException.Reason.UNKNOWN;
      return;
    }
    try {
      currentPerson.person(); // records the account at a first sign-in, before it joins anything
      preview = invitations.preview(token);
    } catch (LinkRefusedException refused) {
      refusal = refused.reason();
    }
  }

  public String join() {
    if (token == null) {
      throw new AccessDeniedException("No link to follow");
    }
    try {
      long centreId = invitations.accept(token, otherAddressConfirmed);
      currentPerson.refresh(); // the header now offers Certif
      messages.info("centreJoin.done", preview.centreName());
      return "/certif/index.xhtml?faces-redirect=true&centre=" + centreId;
    } catch (LinkRefusedException refused) {
      refusal = refused.reason();
      if (refusal != LinkRefusedException.Reason.OTHER_ADDRESS) {
        preview = null;
      }
      return null;
    }
  }

  /** The message key of the refusal. */
  public String getRefusalKey() {
    return refusal == null ? null : "centreJoin.refused." + refusal;
  }

  public boolean isOtherAddressConfirmed() {
    return otherAddressConfirmed;
  }

  public void setOtherAddressConfirmed(boolean otherAddressConfirmed) {
    this.otherAddressConfirmed = otherAddressConfirmed;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public CentreInvitationPreview getPreview() {
    return preview;
  }

  public LinkRefusedException.Reason getRefusal() {
    return refusal;
  }
}
