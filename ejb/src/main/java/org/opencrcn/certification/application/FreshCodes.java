package org.opencrcn.certification.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.opencrcn.certification.domain.SessionCodes;
import org.opencrcn.certification.infrastructure.SessionRepository;

/** Codes for a new session: an access code no session has yet, and a supervisor password. */
@Dependent
class FreshCodes {
  /** Draws before giving up on a free access code (17^4 x 7^2 codes: a clash is rare). */
  private static final int ACCESS_CODE_DRAWS = 20;

  private final SessionCodes codes = SessionCodes.secure();

  @Inject private SessionRepository repository;

  String accessCode() {
    for (int draw = 0; draw < ACCESS_CODE_DRAWS; draw++) {
      String code = codes.accessCode();
      if (!repository.accessCodeTaken(code)) {
        return code;
      }
    }
    throw new IllegalStateException("No free access code after " + ACCESS_CODE_DRAWS + " draws");
  }

  String supervisorPassword() {
    return codes.supervisorPassword();
  }
}
