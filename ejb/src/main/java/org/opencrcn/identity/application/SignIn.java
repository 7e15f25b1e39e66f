package org.opencrcn.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.opencrcn.certification.application.CertifAccess;
import org.opencrcn.identity.domain.Account;
import org.opencrcn.identity.domain.PersonProfile;
import org.opencrcn.identity.infrastructure.AccountRepository;
import org.opencrcn.organization.application.OrgaAccess;
import org.opencrcn.organization.application.ent.EntAdminReview;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;

/**
 * Records a sign-in: creates the account at the first one, refreshes names (and what a school ENT
 * asserted) from the identity provider afterwards, re-checks the ADMIN rights that rest on the
 * ENT's word at an ENT sign-in ({@link EntAdminReview}), and tells which spaces the person may
 * enter. A Keycloak subject attached to an existing account opens that account.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class SignIn {
  @Resource private SessionContext session;
  @Inject private AccountRepository accounts;
  @Inject private OrgaAccess orga;
  @Inject private CertifAccess certif;
  @Inject private EntAdminReview entAdminReview;

  public SignedInPerson record(@NotNull @Valid PersonProfile profile) {
    if (!profile.subject().equals(session.getCallerPrincipal().getName())) {
      throw new AccessDeniedException("A sign-in can only be recorded for oneself");
    }
    Account account =
        accounts
            .findBySubject(profile.subject())
            .orElseGet(() -> accounts.add(new Account(profile)));
    account.refresh(profile, Instant.now(Clock.systemUTC()));
    if (profile.ent().fromEnt()) {
      entAdminReview.reviewCaller(); // an ADMIN right the ENT no longer backs ends here
    }
    return new SignedInPerson(
        account.id(), account.displayName(), spacesOfCaller(), account.awaitsEntWelcome());
  }

  /** The first-ENT-sign-in welcome is done: the next sign-ins go straight to the person's space. */
  public void finishEntWelcome() {
    accounts
        .findBySubject(session.getCallerPrincipal().getName())
        .ifPresent(account -> account.markEntWelcomed(Instant.now(Clock.systemUTC())));
  }

  private Set<Space> spacesOfCaller() {
    Set<Space> spaces = EnumSet.of(Space.LEARNER);
    if (!orga.myOrganizations().isEmpty()) {
      spaces.add(Space.ORGA);
    }
    if (!certif.myCentres().isEmpty()) {
      spaces.add(Space.CERTIF);
    }
    if (session.isCallerInRole(Roles.PLATFORM_ADMIN)) {
      spaces.add(Space.ADMIN);
    }
    return spaces;
  }
}
