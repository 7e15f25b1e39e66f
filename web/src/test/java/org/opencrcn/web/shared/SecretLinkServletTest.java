package org.opencrcn.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretLinkServletTest {

  @Test
  @DisplayName("A link with a secret leads to its confirmation page with the token as parameter")
  void tokenBecomesParameter() {
    assertThat(SecretLinkServlet.confirmationPage("/rejoindre/activation", "/abc_DEF-123"))
        .isEqualTo("/rejoindre/activation.xhtml?token=abc_DEF-123");
    assertThat(SecretLinkServlet.confirmationPage("/rejoindre/invitation", "/xyz"))
        .isEqualTo("/rejoindre/invitation.xhtml?token=xyz");
    assertThat(SecretLinkServlet.confirmationPage("/ent/rattacher", "/tok_EN-1"))
        .isEqualTo("/ent/rattacher.xhtml?token=tok_EN-1");
  }

  @Test
  @DisplayName("A damaged link leads to the page without a token, which says the link is not valid")
  void malformedToken() {
    assertThat(SecretLinkServlet.confirmationPage("/rejoindre/activation", null))
        .isEqualTo("/rejoindre/activation.xhtml");
    assertThat(SecretLinkServlet.confirmationPage("/rejoindre/activation", "/"))
        .isEqualTo("/rejoindre/activation.xhtml");
    assertThat(SecretLinkServlet.confirmationPage("/rejoindre/invitation", "/a b\r\nLocation: x"))
        .isEqualTo("/rejoindre/invitation.xhtml");
    assertThat(SecretLinkServlet.confirmationPage("/rejoindre/invitation", "/abc/def"))
        .isEqualTo("/rejoindre/invitation.xhtml");
  }
}
