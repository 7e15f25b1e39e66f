package org.opencrcn.organization.application.pupils;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.identity.domain.EntAffiliation;
import org.opencrcn.identity.domain.EntProfile;
import org.opencrcn.organization.application.pupils.ReconciliationRefusedException.Reason;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.Pupil;
import org.opencrcn.organization.domain.PupilMatcher;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;

/**
 * Links the signed-in person to their pupil record in a school (docs/rules.md §6): the person need
 * not be a member of the school, they only ever link their own account, and they learn nothing of
 * the records but whether one is theirs. Only a pupil <em>of that school</em> according to their
 * ENT may try ({@link EntAffiliation#profilesAt}): nobody else can probe a school's records by
 * names and birthdates (a campaign joined with its code will be the other way in, with its own
 * check).
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class PupilReconciliation {
  @PersistenceContext private EntityManager em;
  @Inject private CallerAccount caller;
  @Inject private ReconciliationFailures failures;

  /** The record linked (the same one again if it already was), as its id. */
  public long reconcile(
      long organizationId,
      @NotNull LocalDate birthdate,
      @NotBlank String firstName,
      @NotBlank String lastName) {
    long account =
        caller
            .id()
            .orElseThrow(() -> new AccessDeniedException("No account for " + caller.subject()));
    Organization organization =
        Optional.ofNullable(em.find(Organization.class, organizationId))
            .filter(found -> !found.archived())
            .filter(found -> caller.entAffiliation().hasAt(EntProfile.PUPIL, found.uai()))
            .orElseThrow(
                () ->
                    new AccessDeniedException(
                        "The caller's ENT does not say they are a pupil of organisation "
                            + organizationId));
    Instant now = Instant.now();
    if (failures.exhausted(account, now)) {
      throw new ReconciliationRefusedException(Reason.TOO_MANY_ATTEMPTS);
    }
    List<Pupil> candidates =
        em.createNamedQuery("Pupil.candidates", Pupil.class)
            .setParameter("organization", organization.id())
            .setParameter("birthdate", birthdate)
            .getResultList();
    PupilMatcher.Match match =
        PupilMatcher.match(
            candidates.stream()
                .map(
                    p ->
                        new PupilMatcher.Candidate(
                            p.id(),
                            p.familyName(),
                            p.usageName(),
                            p.firstName(),
                            p.secondName(),
                            p.thirdName()))
                .toList(),
            firstName,
            lastName);
    long pupilId =
        switch (match) {
          case PupilMatcher.Match.One one -> one.id();
          case PupilMatcher.Match.None none -> {
            failures.record(account, now);
            throw new ReconciliationRefusedException(Reason.NO_MATCH);
          }
          case PupilMatcher.Match.Several several ->
              throw new ReconciliationRefusedException(Reason.SEVERAL_MATCHES);
        };
    Pupil pupil = em.find(Pupil.class, pupilId, LockModeType.PESSIMISTIC_WRITE);
    if (pupil.accountId() != null) {
      if (pupil.accountId() == account) {
        return pupilId;
      }
      throw new ReconciliationRefusedException(Reason.RECORD_LINKED_TO_ANOTHER_ACCOUNT);
    }
    if (linkedRecord(organizationId, account).isPresent()) {
      throw new ReconciliationRefusedException(Reason.ACCOUNT_LINKED_TO_ANOTHER_RECORD);
    }
    pupil.linkTo(account, now);
    failures.forget(account);
    return pupilId;
  }

  /** The caller's record in the school, if they are linked to one. */
  public Optional<Long> myRecord(long organizationId) {
    return caller.id().flatMap(account -> linkedRecord(organizationId, account));
  }

  /** The caller's own record in the school as a campaign lists them: names and class. */
  public Optional<LinkedPupil> myPupil(long organizationId) {
    return myRecord(organizationId)
        .map(id -> em.find(Pupil.class, id))
        .map(
            pupil ->
                new LinkedPupil(
                    pupil.id(),
                    pupil.firstName(),
                    pupil.usageName() == null || pupil.usageName().isBlank()
                        ? pupil.familyName()
                        : pupil.usageName(),
                    pupil.division()));
  }

  /** A pupil record linked to the caller: what a campaign shows of them to their school. */
  public record LinkedPupil(long id, String firstName, String lastName, String division)
      implements java.io.Serializable {}

  private Optional<Long> linkedRecord(long organizationId, long account) {
    return em.createNamedQuery("Pupil.linkedTo", Pupil.class)
        .setParameter("organization", organizationId)
        .setParameter("account", account)
        .getResultStream()
        .findFirst()
        .map(Pupil::id);
  }
}
