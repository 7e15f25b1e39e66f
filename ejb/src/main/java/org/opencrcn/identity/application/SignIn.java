package org.opencrcn.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.opencrcn.identity.domain.Account;
import org.opencrcn.identity.domain.PersonProfile;
import org.opencrcn.identity.infrastructure.AccountRepository;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;

/**
 * Records a sign-in: creates the account at the first one, refreshes names (and what a school ENT
 * asserted) from the identity provider afterwards, announces an ENT sign-in ({@link EntSignedIn}:
 * Orga re-checks there the ADMIN rights that rest on the ENT's word), and tells which spaces the
 * person may enter. A Keycloak subject attached to an existing account opens that account. The
 * spaces and roles come from every {@link SpaceMembership} (implemented by the contexts that give
 * memberships), so identity depends on none of them.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class SignIn {
  @Resource private SessionContext session;
  @Inject private AccountRepository accounts;
  @Inject @Any private Instance<SpaceMembership> memberships;
  @Inject private Event<EntSignedIn> entSignedIn;

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
      // Observed synchronously, in this transaction: an ADMIN right the ENT no longer backs ends
      // before the spaces are read.
      entSignedIn.fire(new EntSignedIn(account.id()));
    }
    List<SpaceRole> roles =
        memberships.stream()
            .flatMap(membership -> membership.rolesOf(account.id()).stream())
            // The beans come in no fixed order: the card lists the roles space by space.
            .sorted(Comparator.comparing(SpaceRole::space).thenComparing(SpaceRole::name))
            .toList();
    return new SignedInPerson(
        account.id(),
        account.displayName(),
        spacesOfCaller(roles),
        roles.stream().map(SpaceRole::name).distinct().toList(),
        account.awaitsEntWelcome());
  }

  /** The first-ENT-sign-in welcome is done: the next sign-ins go straight to the person's space. */
  public void finishEntWelcome() {
    accounts
        .findBySubject(session.getCallerPrincipal().getName())
        .ifPresent(account -> account.markEntWelcomed(Instant.now(Clock.systemUTC())));
  }

  private Set<Space> spacesOfCaller(List<SpaceRole> roles) {
    Set<Space> spaces = EnumSet.of(Space.LEARNER);
    roles.forEach(role -> spaces.add(role.space()));
    if (session.isCallerInRole(Roles.PLATFORM_ADMIN)) {
      spaces.add(Space.ADMIN);
    }
    return spaces;
  }
}
