package org.opencrcn.web.orga;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opencrcn.organization.application.LinkPreview;
import org.opencrcn.organization.application.activation.OrgaActivation;

/** The director's activation link: accepting makes the signed-in person ADMIN. */
@Named
@ViewScoped
public class ActivationLinkView extends JoinLinkView {
  private static final long serialVersionUID = 1L;

  @Inject private OrgaActivation activation;

  @Override
  LinkPreview preview(String token) {
    return activation.preview(token);
  }

  @Override
  long accept(String token, boolean otherAddressConfirmed) {
    return activation.activate(token);
  }
}
