package org.opencrcn.web.publicsite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.opencrcn.certification.application.CertificateVerification;
import org.opencrcn.certification.application.Verification;
import org.opencrcn.web.shared.LanguageSelection;

/**
 * The public verification page ({@code /verifier.xhtml}, no sign-in): a typed code, or the one the
 * certificate's QR code carries in {@code ?code=}, and what it proves. The service counts every
 * lookup against the address WildFly sees (the proxy's forwarded one only when it trusts it).
 */
@Named
@RequestScoped
public class VerificationView {
  @Inject private CertificateVerification verification;
  @Inject private LanguageSelection language;
  @Inject private HttpServletRequest request;

  private String code;
  private Verification result;

  /** A code in the address (from the QR code) is checked on arrival. */
  public void load() {
    if (code != null && !code.isBlank()) {
      verify();
    }
  }

  public String verify() {
    result = verification.verify(code, request.getRemoteAddr(), language.getLocale());
    return null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Verification getResult() {
    return result;
  }
}
