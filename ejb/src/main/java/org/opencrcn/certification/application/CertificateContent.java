package org.opencrcn.certification.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.opencrcn.certification.domain.Candidate;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.SessionStatus;
import org.opencrcn.certification.domain.certificate.Certificate;
import org.opencrcn.certification.domain.result.CertificationResult;
import org.opencrcn.certification.domain.scoring.ResultStatus;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.referential.application.ReferentialCatalog;

/**
 * What a certificate shows, for a result that may be shown: validated, with a code, in a published
 * session. Not a service boundary (the learner's and the public services decide who).
 */
@Dependent
class CertificateContent {
  @Inject private SessionRepository sessions;
  @Inject private ReferentialCatalog referential;

  Optional<Certificate> of(CertificationResult result, Locale locale) {
    if (result.status() != ResultStatus.VALIDATED || result.verificationCode().isEmpty()) {
      return Optional.empty();
    }
    Optional<CertificationSession> session =
        sessions
            .session(result.sessionId())
            .filter(s -> s.storedStatus() == SessionStatus.PUBLISHED);
    Optional<Candidate> candidate = sessions.candidate(result.candidateId());
    if (session.isEmpty() || candidate.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Certificate(
            candidate.get().identity().firstName(),
            candidate.get().identity().familyName(),
            sessions.centre(session.get().centreId()).map(c -> c.name()).orElse(""),
            session.get().date(),
            result.totalPix(),
            result.verificationCode().get(),
            result.marks().stream()
                .map(
                    m ->
                        new Certificate.Line(
                            m.competenceCode(),
                            referential.competenceTitle(m.competenceCode(), locale),
                            m.level()))
                .toList()));
  }
}
