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
  long accept(String token) {
    return invitations.accept(token);
  }
}
