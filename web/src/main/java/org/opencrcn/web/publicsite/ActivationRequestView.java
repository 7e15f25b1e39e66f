package org.opencrcn.web.publicsite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.opencrcn.organization.application.ActivationRequest;
import org.opencrcn.organization.application.activation.ActivationRefusedException;
import org.opencrcn.organization.application.activation.ActivationSent;
import org.opencrcn.organization.application.activation.OrgaActivation;
import org.opencrcn.shared.mail.MailNotSentException;
import org.opencrcn.web.shared.LanguageSelection;
import org.opencrcn.web.shared.UserMessages;

/**
 * The public form where a director asks for the activation link of their school's Orga space. The
 * page then says where the link went (masked); the address itself comes from the directory.
 */
@Named
@RequestScoped
public class ActivationRequestView {
  private static final String SENT = "activationSent";

  @Inject private OrgaActivation activation;
  @Inject private LanguageSelection language;
  @Inject private UserMessages messages;

  private String uai;
  private String firstName;
  private String lastName;

  public String send() {
    try {
      ActivationSent sent =
          activation.request(
              new ActivationRequest(uai, firstName, lastName),
              language.getLocale(),
              ((HttpServletRequest)
                      FacesContext.getCurrentInstance().getExternalContext().getRequest())
                  .getRemoteAddr());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().put(SENT, sent);
      return "/demande-administration.xhtml?faces-redirect=true";
    } catch (ActivationRefusedException refused) {
      messages.error("activation.refused." + refused.reason(), uai.strip());
    } catch (MailNotSentException notSent) {
      messages.error("mail.notSent");
    }
    return null;
  }

  /** Where the link went, on the page shown after the redirect; null before. */
  public ActivationSent getSent() {
    return (ActivationSent)
        FacesContext.getCurrentInstance().getExternalContext().getFlash().get(SENT);
  }

  public String getUai() {
    return uai;
  }

  public void setUai(String uai) {
    this.uai = uai;
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
}
