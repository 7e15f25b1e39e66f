package org.opencrcn.web.orga;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencrcn.campaign.application.export.CampaignExports.Format;

class CampaignExportServletTest {
  @Test
  void anExportAddressNamesTheOrganisationTheCampaignAndTheFormat() {
    assertThat(CampaignExportServlet.target("/12/345.xlsx"))
        .contains(new CampaignExportServlet.Target(12, 345, Format.XLSX));
    assertThat(CampaignExportServlet.target("/12/345.csv"))
        .contains(new CampaignExportServlet.Target(12, 345, Format.CSV));
  }

  @Test
  void anythingElseNamesNothing() {
    assertThat(CampaignExportServlet.target(null)).isEmpty();
    assertThat(CampaignExportServlet.target("/12/345.pdf")).isEmpty();
    assertThat(CampaignExportServlet.target("/12/345.XLSX")).isEmpty();
    assertThat(CampaignExportServlet.target("/12/-1.csv")).isEmpty();
    assertThat(CampaignExportServlet.target("/12/345.csv/x")).isEmpty();
    assertThat(CampaignExportServlet.target("/1234567890123456789/1.csv")).isEmpty();
  }
}
