package org.opencrcn.web.orga;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.opencrcn.organization.application.LinkPreview;
import org.opencrcn.organization.application.LinkRefusedException;
import org.opencrcn.organization.application.OrgaAccess;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.web.shared.CurrentPerson;
import org.opencrcn.web.shared.UserMessages;

/**
 * A mailed link followed by a signed-in person: the page says what accepting does (join this
 * organisation with this role), or why the link no longer works; accepting is a POST, so that a
 * mail scanner opening the link changes nothing.
 */
abstract class JoinLinkView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CurrentPerson currentPerson;
  @Inject private UserMessages messages;
  @Inject private OrgaAccess orgaAccess;

  private String token;
  private LinkPreview preview;
  private LinkRefusedException.Reason refusal;

  /**
   * The person saw the invited address, not their account's, and confirmed it was meant for them.
   */
  private boolean otherAddressConfirmed;

  abstract LinkPreview preview(String token);

  abstract long accept(String token, boolean otherAddressConfirmed);

  /** The message key of the refusal (the same reason may read differently per kind of link). */
  public String getRefusalKey() {
    return refusal == null ? null : "join.refused." + refusal;
  }

  public void load() {
    if (token == null || token.isBlank()) {
      refusal = LinkRefusedException.Reason.UNKNOWN;
      return;
    }
    try {
      currentPerson.person(); // records the account at a first sign-in, before it joins anything
      preview = preview(token);
    } catch (LinkRefusedException refused) {
      refusal = refused.reason();
    }
  }

  public String join() {
    if (token == null) {
      throw new AccessDeniedException("No link to follow");
    }
    try {
      long organizationId = accept(token, otherAddressConfirmed);
      currentPerson.refresh(); // the header now offers Orga
      // The role held now, not the one offered: the first member of an organisation is its ADMIN.
      messages.info(
          "join.done." + orgaAccess.enter(organizationId).role(), preview.organizationName());
      return "/orga/index.xhtml?faces-redirect=true&organization=" + organizationId;
    } catch (LinkRefusedException refused) {
      refusal = refused.reason();
      if (refusal != LinkRefusedException.Reason.OTHER_ADDRESS) {
        preview = null; // the link itself no longer works; else the person may still confirm
      }
      return null;
    }
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

  public LinkPreview getPreview() {
    return preview;
  }

  public LinkRefusedException.Reason getRefusal() {
    return refusal;
  }
}
