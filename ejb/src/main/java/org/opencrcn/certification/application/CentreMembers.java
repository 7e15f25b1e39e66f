package org.opencrcn.certification.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrcn.certification.domain.CentreMembership;
import org.opencrcn.certification.domain.CertificationCentre;
import org.opencrcn.certification.infrastructure.CentreMembershipRepository;
import org.opencrcn.organization.application.AdministeredOrganizations;

/**
 * The centres an account belongs to: those it was made a member of, and the SCO centres of the
 * schools it administers in Orga (a school's administrators run its certification too).
 */
@Dependent
class CentreMembers {
  @Inject private CentreMembershipRepository memberships;
  @Inject private AdministeredOrganizations administered;

  List<CertificationCentre> centresOf(long accountId) {
    Map<Long, CertificationCentre> centres = new LinkedHashMap<>();
    memberships.findByAccount(accountId).stream()
        .map(CentreMembership::centre)
        .forEach(c -> centres.put(c.id(), c));
    memberships
        .scoCentresOf(administered.of(accountId))
        .forEach(c -> centres.putIfAbsent(c.id(), c));
    return centres.values().stream()
        .sorted(
            Comparator.comparing(CertificationCentre::name).thenComparing(CertificationCentre::id))
        .toList();
  }
}
