package org.opencrcn.web.orga;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JoinLinkServletTest {

  @Test
  @DisplayName("A mailed link leads to its confirmation page with the token as parameter")
  void tokenBecomesParameter() {
    assertThat(JoinLinkServlet.confirmationPage("/rejoindre/activation", "/abc_DEF-123"))
        .isEqualTo("/rejoindre/activation.xhtml?token=abc_DEF-123");
    assertThat(JoinLinkServlet.confirmationPage("/rejoindre/invitation", "/xyz"))
        .isEqualTo("/rejoindre/invitation.xhtml?token=xyz");
  }

  @Test
  @DisplayName("A damaged link leads to the page without a token, which says the link is not valid")
  void malformedToken() {
    assertThat(JoinLinkServlet.confirmationPage("/rejoindre/activation", null)).isEqualTo("/rejoindre/activation.xhtml");
    assertThat(JoinLinkServlet.confirmationPage("/rejoindre/activation", "/")).isEqualTo("/rejoindre/activation.xhtml");
    assertThat(JoinLinkServlet.confirmationPage("/rejoindre/invitation", "/a b\r\nLocation: x")).isEqualTo("/rejoindre/invitation.xhtml");
    assertThat(JoinLinkServlet.confirmationPage("/rejoindre/invitation", "/abc/def")).isEqualTo("/rejoindre/invitation.xhtml");
  }
}
