package org.opencrcn.organization.application.ent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.identity.application.CallerDetails;
import org.opencrcn.identity.domain.EntAffiliation;
import org.opencrcn.identity.domain.EntProfile;
import org.opencrcn.organization.application.Joining;
import org.opencrcn.organization.application.OrgaGuard;
import org.opencrcn.organization.application.pupils.PupilReconciliation;
import org.opencrcn.organization.application.pupils.ReconciliationRefusedException;
import org.opencrcn.organization.application.pupils.ReconciliationRefusedException.Reason;
import org.opencrcn.organization.domain.Membership;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.Pupil;
import org.opencrcn.organization.domain.RoleOrigin;
import org.opencrcn.organization.infrastructure.MembershipRepository;
import org.opencrcn.organization.infrastructure.OrganizationRepository;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;

/**
 * What a person signed in through their school ENT is offered, from what the ENT asserted (profile
 * and UAI, read from the caller's account, where sign-in stored the verified token's claims; never
 * from parameters): a pupil is linked to their record (the ENT gives the names, the person their
 * birthdate, which ENTs do not send); a director activates the school's Orga space. Each right
 * rests on a profile the ENT ties to <em>that</em> school ({@link EntAffiliation#profilesAt}),
 * never on a profile held anywhere plus a school named anywhere. The ENT is trusted for the schools
 * it names: academy IT connects only ENTs they trust (docs/ent-sso.md).
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class EntArrival {
  @PersistenceContext private EntityManager em;
  @Inject private CallerAccount caller;
  @Inject private OrganizationRepository organizations;
  @Inject private MembershipRepository memberships;
  @Inject private PupilReconciliation reconciliation;
  @Inject private Joining joining;
  @Inject private OrgaGuard guard;

  public EntWelcome welcome() {
    Optional<CallerDetails> account = caller.details();
    EntAffiliation ent = account.map(CallerDetails::entAffiliation).orElse(EntAffiliation.none());
    Map<String, Organization> known = organizations.findByUais(ent.uais());
    List<EntSchool> schools =
        account.isEmpty()
            ? List.of()
            : ent.uais().stream()
                .map(known::get)
                .filter(organization -> organization != null && !organization.archived())
                .map(organization -> school(organization, account.get()))
                .toList();
    List<String> unknown =
        ent.uais().stream()
            .filter(uai -> !known.containsKey(uai) || known.get(uai).archived())
            .toList();
    return new EntWelcome(ent.fromEnt(), ent.knownProfiles(), ent.className(), schools, unknown);
  }

  /**
   * Links the caller, a pupil according to their ENT, to their record in one of their ENT's
   * schools, matched on the names the ENT gave and the birthdate they type.
   *
   * @throws ReconciliationRefusedException when no record, several, or a record linked to another
   *     account matches; nothing is changed
   */
  public EntSchool linkPupilRecord(long organizationId, @NotNull LocalDate birthdate) {
    CallerDetails account = callerAccount();
    Organization organization =
        guard.requireEntProfile(account.entAffiliation(), organizationId, EntProfile.PUPIL);
    if (isBlank(account.firstName()) || isBlank(account.lastName())) {
      throw new ReconciliationRefusedException(Reason.NO_MATCH);
    }
    reconciliation.reconcile(organizationId, birthdate, account.firstName(), account.lastName());
    return school(organization, account);
  }

  /**
   * Makes the caller, a director of the school according to their ENT, an administrator of its Orga
   * space (the first one if it had none; beside the others if it had).
   */
  public EntSchool activateSchool(long organizationId) {
    CallerDetails account = callerAccount();
    Organization organization =
        guard.requireEntProfile(account.entAffiliation(), organizationId, EntProfile.DIRECTOR);
    joining.join(organization, account.id(), MembershipRole.ADMIN, RoleOrigin.ENT);
    return school(organization, account);
  }

  private CallerDetails callerAccount() {
    return caller
        .details()
        .orElseThrow(() -> new AccessDeniedException("No account for " + caller.subject()));
  }

  private EntSchool school(Organization organization, CallerDetails account) {
    Set<EntProfile> profiles = account.entAffiliation().profilesAt(organization.uai());
    boolean linked =
        profiles.contains(EntProfile.PUPIL)
            && !em.createNamedQuery("Pupil.linkedTo", Pupil.class)
                .setParameter("organization", organization.id())
                .setParameter("account", account.id())
                .getResultList()
                .isEmpty();
    MembershipRole role =
        memberships.find(organization.id(), account.id()).map(Membership::role).orElse(null);
    boolean administered = memberships.countAdministrators(organization.id()) > 0;
    return new EntSchool(
        organization.id(),
        organization.name(),
        organization.uai(),
        profiles,
        linked,
        role,
        administered);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
