package org.opencrcn.it.services;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.Deployments;
import org.opencrcn.it.support.Inbox;
import org.opencrcn.it.support.WithGreenMail;

/**
 * The built EAR plus what an in-container test needs: the test class and the run-as beans in the
 * web module (where Arquillian puts its test runner) and AssertJ.
 */
final class InContainer {
  private InContainer() {}

  static EnterpriseArchive ear(Class<?> testClass) {
    EnterpriseArchive ear = Deployments.builtEar();
    WebArchive web = ear.getAsType(WebArchive.class, "opencrcn-web.war");
    web.addPackage(testClass.getPackage())
        .addPackage(AsPupil.class.getPackage())
        .addClass(DemoAccounts.class);
    // Mail tests read GreenMail over IMAP from inside the server; the extension does nothing there.
    web.addClasses(Inbox.class, Inbox.ReceivedMail.class, WithGreenMail.class);
    Testable.archiveToTest(web);
    ear.addAsLibrary(jarOf(Assertions.class));
    return ear;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
