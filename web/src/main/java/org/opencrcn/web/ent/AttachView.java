package org.opencrcn.web.ent;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import org.opencrcn.identity.application.AttachmentPreview;
import org.opencrcn.identity.application.AttachmentRefusedException;
import org.opencrcn.identity.application.IdentityAttachments;
import org.opencrcn.web.shared.CurrentPerson;
import org.opencrcn.web.shared.Redirects;
import org.opencrcn.web.shared.SignInTime;
import org.opencrcn.web.shared.SignOut;
import org.opencrcn.web.shared.UserMessages;

/**
 * Second step of attaching an ENT identity to an existing account, signed in with that account's
 * password: the page says which ENT identity will open which account; confirming is a POST.
 */
@Named
@ViewScoped
public class AttachView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private IdentityAttachments attachments;
  @Inject private CurrentPerson currentPerson;
  @Inject private UserMessages messages;

  private String token;
  private AttachmentPreview preview;
  private AttachmentRefusedException.Reason refusal;

  public void load() {
    if (token == null || token.isBlank()) {
      refusal = AttachmentRefusedException.Reason.UNKNOWN_LINK;
      return;
    }
    try {
      currentPerson.person();
      preview = attachments.preview(token, AttachmentCookie.read().orElse(null), signedInAt());
    } catch (AttachmentRefusedException refused) {
      refusal = refused.reason();
    }
  }

  public void attach() throws IOException {
    try {
      attachments.attach(token, AttachmentCookie.read().orElse(null), signedInAt());
      AttachmentCookie.forget();
      currentPerson.refresh();
      messages.info("ent.attach.done", preview.entName());
      Redirects.to(currentPerson.landingPage());
    } catch (AttachmentRefusedException refused) {
      refusal = refused.reason();
      preview = null;
    }
  }

  /**
   * After coming back through the ENT instead of the password, or signed in from before the
   * request: signs out and comes back here, through a fresh password sign-in.
   */
  public void signInAgain() throws IOException, ServletException {
    SignOut.signOutAndReturnTo(EntWelcomeView.ATTACH_PATH + token + EntWelcomeView.FRESH_SIGN_IN);
  }

  public boolean isSignInAgainOffered() {
    return refusal == AttachmentRefusedException.Reason.SIGNED_IN_THROUGH_THE_ENT
        || refusal == AttachmentRefusedException.Reason.STALE_SIGN_IN;
  }

  private static Instant signedInAt() {
    return SignInTime.of(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .orElse(null);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public AttachmentPreview getPreview() {
    return preview;
  }

  public AttachmentRefusedException.Reason getRefusal() {
    return refusal;
  }
}
