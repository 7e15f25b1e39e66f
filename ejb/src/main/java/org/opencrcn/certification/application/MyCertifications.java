package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.SessionStatus;
import org.opencrcn.certification.domain.certificate.CertificateLabels;
import org.opencrcn.certification.domain.result.CertificationResult;
import org.opencrcn.certification.infrastructure.CertificatePdf;
import org.opencrcn.certification.infrastructure.ResultRepository;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.organization.application.OrgaSettings;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;

/**
 * "Mes certifications": the caller's own results, once published, and the certificate of a
 * validated one. Another person's result is refused as one that does not exist.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class MyCertifications {
  @Inject private CallerAccount caller;
  @Inject private ResultRepository results;
  @Inject private SessionRepository sessions;
  @Inject private CertificateContent content;

  public List<MyCertification> list() {
    long account = caller.id().orElseThrow(() -> new AccessDeniedException("No account"));
    return results.ofAccount(account).stream()
        .flatMap(
            r ->
                published(r)
                    .map(
                        s ->
                            new MyCertification(
                                r.id(),
                                s.id(),
                                s.date(),
                                sessions.centre(s.centreId()).map(c -> c.name()).orElse(""),
                                r.status(),
                                r.totalPix(),
                                r.verificationCode().orElse(null)))
                    .stream())
        .toList();
  }

  /**
   * The certificate of the caller's validated, published result as a PDF; its QR code holds the
   * public verification page's address with the code.
   */
  public byte[] certificate(
      long resultId, @NotNull CertificateLabels labels, @NotNull Locale locale) {
    long account = caller.id().orElseThrow(() -> new AccessDeniedException("No account"));
    CertificationResult result =
        results
            .result(resultId)
            .filter(r -> r.accountId() == account)
            .orElseThrow(() -> new AccessDeniedException("No result " + resultId));
    return content
        .of(result, locale)
        .map(
            c ->
                CertificatePdf.write(
                    c,
                    labels,
                    OrgaSettings.publicUrl() + "/verifier.xhtml?code=" + c.verificationCode()))
        .orElseThrow(() -> new AccessDeniedException("No certificate for " + resultId));
  }

  private Optional<CertificationSession> published(CertificationResult result) {
    return sessions
        .session(result.sessionId())
        .filter(s -> s.storedStatus() == SessionStatus.PUBLISHED);
  }
}
