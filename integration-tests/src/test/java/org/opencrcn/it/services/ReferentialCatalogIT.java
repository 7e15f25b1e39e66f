package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.referential.application.AreaOverview;
import org.opencrcn.referential.application.ReferentialCatalog;

@ExtendWith(ArquillianExtension.class)
class ReferentialCatalogIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(ReferentialCatalogIT.class);
  }

  @Inject private ReferentialCatalog catalog;

  @Test
  @DisplayName("The migrations load the CRCN frame: 5 areas and 16 competences, in order")
  void frameIsComplete() {
    List<AreaOverview> areas = catalog.overview(Locale.FRENCH);

    assertThat(areas).extracting(AreaOverview::code).containsExactly("1", "2", "3", "4", "5");
    assertThat(areas.stream().flatMap(area -> area.competences().stream()))
        .extracting(AreaOverview.CompetenceOverview::code)
        .containsExactly(
            "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1",
            "4.2", "4.3", "5.1", "5.2");
  }

  @Test
  @DisplayName("Anyone reads the frame, in French by default and in English on request")
  void frameIsLocalised() {
    AreaOverview firstInFrench = catalog.overview(Locale.FRENCH).get(0);
    AreaOverview firstInEnglish = catalog.overview(Locale.ENGLISH).get(0);

    assertThat(firstInFrench.title()).isEqualTo("Information et données");
    assertThat(firstInFrench.competences().get(0).title())
        .isEqualTo("Mener une recherche et une veille d'information");
    assertThat(firstInEnglish.title()).isEqualTo("Information and data");
  }
}
