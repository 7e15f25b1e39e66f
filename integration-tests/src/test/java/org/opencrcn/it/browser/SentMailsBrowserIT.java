package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.browser.pages.SentMailsPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.WithKeycloak;

/**
 * A demonstration writes its mails to an outbox folder, as the run command does (the server of this
 * class gets one for its duration): the administrator reads them in "Courriels envoyés" and follows
 * an activation link whole, which the .eml file cuts over two quoted-printable lines.
 */
@ExtendWith(WithKeycloak.class)
@ServerSetup(SentMailsBrowserIT.Outbox.class)
class SentMailsBrowserIT extends BrowserJourney {
  /** A school of the sample directory no other test asks links for (3 requests an hour at most). */
  private static final String OISANS_MAILBOX = "ce.0389104P@ac-grenoble.fr";

  /** Sets the server's outbox folder, as ./run.sh does, and removes it afterwards. */
  public static class Outbox implements ServerSetupTask {
    private static final String PROPERTY = "opencrcn.mail.outbox";

    @Override
    public void setup(ManagementClient client, String containerId) throws Exception {
      ModelNode add = operation("add");
      add.get("value").set(Files.createTempDirectory("opencrcn-outbox").toString());
      execute(client, add);
    }

    @Override
    public void tearDown(ManagementClient client, String containerId) throws Exception {
      execute(client, operation("remove"));
    }

    private static ModelNode operation(String name) {
      ModelNode operation = new ModelNode();
      operation.get("operation").set(name);
      operation.get("address").add("system-property", PROPERTY);
      return operation;
    }

    private static void execute(ManagementClient client, ModelNode operation) throws Exception {
      ModelNode result = client.getControllerClient().execute(operation);
      assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
    }
  }

  @Test
  @DisplayName(
      "A director asks for a school's activation link; the administrator finds the mail in 'Courriels envoyés' and follows the link")
  void adminFollowsAnActivationLink() {
    OpenCrcnPage form = OpenCrcnPage.open(browser, "/demande-administration.xhtml");
    form.type("activation:uai", "0389104P")
        .type("activation:firstName", "Anne")
        .type("activation:lastName", "Outbox");
    assertThat(form.submit("activation:send").text("activation-sent-to"))
        .contains("ce.0389***@ac-grenoble.fr");

    signInAs(DemoAccounts.PLATFORM_ADMIN).awaitPath("/admin/");
    OpenCrcnPage.open(browser, "/admin/index.xhtml").click("sent-mails-link");
    SentMailsPage mails = new SentMailsPage(browser);
    mails.awaitPath("/admin/mails.xhtml");

    assertThat(mails.heading()).isEqualTo("Courriels envoyés");
    assertThat(mails.recipients()).first().isEqualTo(OISANS_MAILBOX);
    assertThat(mails.newestMailLinks())
        .anySatisfy(
            link -> assertThat(link).matches("http://localhost:\\d+/rejoindre/activation/\\S+"));
    Accessibility.assertNoViolations(browser);

    OpenCrcnPage join =
        mails
            .followNewestMailLink("/rejoindre/activation/")
            .awaitPath("/rejoindre/activation.xhtml");
    assertThat(join.text("join-organization"))
        .as(join.describe())
        .isEqualTo("Lycée professionnel de l'Oisans");
  }
}
