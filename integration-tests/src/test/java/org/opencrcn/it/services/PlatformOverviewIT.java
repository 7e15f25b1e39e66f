package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.identity.application.PlatformOverview;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.it.services.runas.AsTeacher;

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

  @Test
  @DisplayName("A platform administrator reads the figures of the whole platform")
  void adminReadsFigures() throws Exception {
    var figures = asPlatformAdmin.call(overview::figures);

    assertThat(figures.organizations()).isGreaterThanOrEqualTo(2);
    assertThat(figures.certificationCentres()).isGreaterThanOrEqualTo(1);
    assertThat(figures.accounts()).isGreaterThanOrEqualTo(5);
  }

  @Test
  @DisplayName("A teacher, even an organisation member, is refused the administration")
  void teacherIsRefused() {
    assertThatThrownBy(() -> asTeacher.call(overview::figures))
        .isInstanceOf(EJBAccessException.class);
  }
}
