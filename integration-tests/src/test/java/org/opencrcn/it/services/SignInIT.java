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
import org.opencrcn.identity.application.SignIn;
import org.opencrcn.identity.application.Space;
import org.opencrcn.identity.domain.PersonProfile;
import org.opencrcn.it.services.runas.AsCentreOfficer;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.it.services.runas.AsTeacher;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.shared.AccessDeniedException;

/** Recording a sign-in: the account is kept up to date and the spaces follow the memberships. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(SignInIT.class);
  }

  @Inject private SignIn signIn;
  @Inject private AsPupil asPupil;
  @Inject private AsTeacher asTeacher;
  @Inject private AsCentreOfficer asCentreOfficer;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  @Test
  @DisplayName("Each demo person may enter the spaces their memberships give")
  void spacesFollowMemberships() throws Exception {
    assertThat(asPupil.call(() -> signIn.record(profileOf(DemoAccounts.PUPIL, "Léa"))).spaces())
        .containsExactly(Space.LEARNER);
    assertThat(
            asTeacher.call(() -> signIn.record(profileOf(DemoAccounts.TEACHER, "Thomas"))).spaces())
        .containsExactly(Space.LEARNER, Space.ORGA);
    assertThat(
            asCentreOfficer
                .call(() -> signIn.record(profileOf(DemoAccounts.CENTRE_OFFICER, "Karim")))
                .spaces())
        .containsExactly(Space.LEARNER, Space.CERTIF);
  }

  @Test
  @DisplayName(
      "The roles memberships give come with the spaces: the centre officer is a centre member")
  void rolesFollowMemberships() throws Exception {
    assertThat(
            asPupil
                .call(() -> signIn.record(profileOf(DemoAccounts.PUPIL, "Léa")))
                .membershipRoles())
        .isEmpty();
    assertThat(
            asCentreOfficer
                .call(() -> signIn.record(profileOf(DemoAccounts.CENTRE_OFFICER, "Karim")))
                .membershipRoles())
        .containsExactly("certif-member");
  }

  @Test
  @DisplayName("The names Keycloak gives replace the stored ones and the sign-in time is kept")
  void accountFollowsIdentityProvider() throws Exception {
    var person = asPupil.call(() -> signIn.record(profileOf(DemoAccounts.PUPIL, "Léa-Rose")));

    assertThat(person.displayName()).isEqualTo("Léa-Rose Martin");
    Object[] stored =
        (Object[])
            em.createNativeQuery(
                    "select first_name, last_sign_in_at from account where subject = ?1")
                .setParameter(1, DemoAccounts.PUPIL.subject)
                .getSingleResult();
    assertThat(stored[0]).isEqualTo("Léa-Rose");
    assertThat(stored[1]).isNotNull();
  }

  @Test
  @DisplayName("Nobody records a sign-in for somebody else, and an anonymous caller none at all")
  void signInIsOnlyForOneself() {
    assertThatThrownBy(
            () -> asPupil.call(() -> signIn.record(profileOf(DemoAccounts.TEACHER, "Thomas"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> signIn.record(profileOf(DemoAccounts.PUPIL, "Léa")))
        .isInstanceOf(EJBAccessException.class);
  }

  private static PersonProfile profileOf(DemoAccounts account, String firstName) {
    String lastName = account.displayName.substring(account.displayName.indexOf(' ') + 1);
    return new PersonProfile(
        account.subject,
        account.username,
        firstName,
        lastName,
        account.username + "@demo.opencrcn.fr");
  }
}
