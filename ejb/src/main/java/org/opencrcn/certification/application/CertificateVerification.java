package org.opencrcn.certification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.opencrcn.certification.domain.VerificationCode;
import org.opencrcn.certification.infrastructure.ResultRepository;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.Settings;

/**
 * The public verification page's lookup (no sign-in): anyone types a certificate's code and sees
 * the holder's name and results, never their birthdate. Every code typed counts against the
 * address's hourly allowance, forged ones included, so that nobody finds certificates by trying
 * codes; the address is kept only as its SHA-256.
 */
@Stateless
@PermitAll
public class CertificateVerification {
  public static final String ATTEMPTS_PER_HOUR = "opencrcn.certification.verifications-per-hour";
  static final Duration WINDOW = Duration.ofHours(1);

  @Inject private ResultRepository results;
  @Inject private CertificateContent content;

  /**
   * @param address the caller's network address (the servlet request's remote address)
   */
  public Verification verify(String typed, @NotNull String address, @NotNull Locale locale) {
    Instant now = Instant.now();
    String addressHash = SecretToken.hashOf(address);
    if (results.verificationAttemptsSince(addressHash, now.minus(WINDOW))
        >= Settings.integer(ATTEMPTS_PER_HOUR, 30)) {
      return Verification.of(Verification.Outcome.TOO_MANY_ATTEMPTS);
    }
    results.recordVerificationAttempt(addressHash, now);
    Optional<String> code = VerificationCode.normalise(typed);
    if (code.isEmpty()) {
      return Verification.of(Verification.Outcome.FORGED);
    }
    return results
        .byCode(code.get())
        .flatMap(r -> content.of(r, locale))
        .map(c -> new Verification(Verification.Outcome.FOUND, c))
        .orElse(Verification.of(Verification.Outcome.UNKNOWN));
  }
}
