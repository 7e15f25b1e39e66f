package org.opencrcn.web.orga;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opencrcn.organization.application.LinkPreview;
import org.opencrcn.organization.application.members.OrgaInvitations;

/** An invitation link: accepting makes the signed-in person a member with the invited role. */
@Named
@ViewScoped
public class InvitationLinkView extends JoinLinkView {
  private static final long serialVersionUID = 1L;

  @Inject private OrgaInvitations invitations;

  @Override
  LinkPreview preview(String token) {
    return invitations.preview(token);
  }

  @Override
  long accept(String token, boolean otherAddressConfirmed) {
    return invitations.accept(token, otherAddressConfirmed);
  }

  /** An invitation that expired is sent again by an administrator, not asked for on a form. */
  @Override
  public String getRefusalKey() {
    return getRefusal() == org.opencrcn.organization.application.LinkRefusedException.Reason.EXPIRED
        ? "join.refused.invitationExpired"
        : super.getRefusalKey();
  }
}
