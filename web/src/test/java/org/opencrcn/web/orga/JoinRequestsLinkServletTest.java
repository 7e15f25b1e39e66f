package org.opencrcn.web.orga;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JoinRequestsLinkServletTest {

  @Test
  @DisplayName("The link mailed to administrators leads to the members page of its organisation")
  void organizationBecomesParameter() {
    assertThat(JoinRequestsLinkServlet.membersPage("/42"))
        .isEqualTo("/orga/membres.xhtml?organization=42");
  }

  @Test
  @DisplayName("A damaged link leads to the members page of the person's first organisation")
  void malformedId() {
    assertThat(JoinRequestsLinkServlet.membersPage(null)).isEqualTo("/orga/membres.xhtml");
    assertThat(JoinRequestsLinkServlet.membersPage("/")).isEqualTo("/orga/membres.xhtml");
    assertThat(JoinRequestsLinkServlet.membersPage("/42\r\nLocation: x"))
        .isEqualTo("/orga/membres.xhtml");
    assertThat(JoinRequestsLinkServlet.membersPage("/-1")).isEqualTo("/orga/membres.xhtml");
  }
}
