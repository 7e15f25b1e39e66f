package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.services.runas.AsDirector;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.it.services.runas.AsTeacher;
import org.opencrcn.organization.application.OrgaAccess;
import org.opencrcn.organization.application.OrganizationSummary;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.shared.AccessDeniedException;

/** Orga's boundary: role and membership, checked by the service whatever the screen shows. */
@ExtendWith(ArquillianExtension.class)
class OrgaAccessIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(OrgaAccessIT.class);
  }

  @Inject private OrgaAccess orga;
  @Inject private AsTeacher asTeacher;
  @Inject private AsDirector asDirector;
  @Inject private AsPupil asPupil;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  @Test
  @DisplayName("Without signing in, nobody reaches Orga's services")
  void anonymousIsRefused() {
    assertThatThrownBy(() -> orga.myOrganizations()).isInstanceOf(EJBAccessException.class);
  }

  @Test
  @DisplayName("A teacher sees the school they belong to, as a member")
  void teacherSeesOwnSchool() throws Exception {
    var organizations = asTeacher.call(orga::myOrganizations);

    assertThat(organizations)
        .extracting(OrganizationSummary::name, OrganizationSummary::uai, OrganizationSummary::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Collège Jean Moulin", "0381999Z", MembershipRole.MEMBER));
  }

  @Test
  @DisplayName("The director is the school's administrator")
  void directorAdministersSchool() throws Exception {
    var organization = asDirector.call(orga::defaultOrganization);

    assertThat(organization.name()).isEqualTo("Collège Jean Moulin");
    assertThat(organization.role()).isEqualTo(MembershipRole.ADMIN);
  }

  @Test
  @DisplayName("A teacher of school A cannot enter school B")
  void teacherCannotEnterAnotherSchool() {
    long otherSchool = organizationIdByUai("0382888Y");

    assertThatThrownBy(() -> asTeacher.call(() -> orga.enter(otherSchool)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName("A pupil belongs to no organisation and is refused Orga")
  void pupilIsRefused() throws Exception {
    assertThat(asPupil.call(orga::myOrganizations)).isEmpty();
    assertThatThrownBy(() -> asPupil.call(orga::defaultOrganization))
        .isInstanceOf(AccessDeniedException.class);
  }

  private long organizationIdByUai(String uai) {
    return ((Number)
            em.createNativeQuery("select id from organization where uai = ?1")
                .setParameter(1, uai)
                .getSingleResult())
        .longValue();
  }
}
