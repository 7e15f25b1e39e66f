package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.it.services.runas.AsTeacher;
import org.opencrcn.platform.application.PlatformOverview;

/** The administration's figures are for platform administrators only. */
@ExtendWith(ArquillianExtension.class)
class PlatformOverviewIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(PlatformOverviewIT.class);
  }

  @Inject private PlatformOverview overview;
  @Inject private AsPlatformAdmin asPlatformAdmin;
  @Inject private AsTeacher asTeacher;
  @Inject private OrgaTestData data;

  @Test
  @DisplayName(
      "A platform administrator reads the figures of the whole platform: each new account, active organisation and centre counts once, an archived organisation not")
  void adminReadsFigures() throws Exception {
    var before = asPlatformAdmin.call(overview::figures);
    OrgaTestData.School school = data.organization("SCO", true, false);
    data.organization("SCO", true, true);
    data.certificationCentre(school.id());
    data.account("it-overview-" + UUID.randomUUID());

    var after = asPlatformAdmin.call(overview::figures);

    assertThat(after.organizations() - before.organizations()).isEqualTo(1);
    assertThat(after.certificationCentres() - before.certificationCentres()).isEqualTo(1);
    assertThat(after.accounts() - before.accounts()).isEqualTo(1);
  }

  @Test
  @DisplayName("A teacher, even an organisation member, is refused the administration")
  void teacherIsRefused() {
    assertThatThrownBy(() -> asTeacher.call(overview::figures))
        .isInstanceOf(EJBAccessException.class);
  }
}
