package org.opencrcn.campaign.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.opencrcn.campaign.infrastructure.ParticipationRepository;
import org.opencrcn.shared.Roles;

/**
 * Unknown codes typed by an account: past the hourly allowance the account may try no more, so
 * nobody finds a campaign by trying codes. An attempt is recorded in its own transaction, since the
 * refusal that follows rolls back the caller's.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class CodeAttempts {
  @Inject private ParticipationRepository participations;

  public boolean exhausted(long accountId, Instant now) {
    return participations.codeAttemptsSince(
            accountId, now.minus(CampaignSettings.CODE_ATTEMPTS_WINDOW))
        >= CampaignSettings.codeAttemptsPerHour();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(long accountId, Instant now) {
    participations.recordCodeAttempt(accountId, now);
  }
}
