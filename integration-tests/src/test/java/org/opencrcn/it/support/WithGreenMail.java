package org.opencrcn.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Starts GreenMail once for the whole run, before the first test class that reads mail, and stops
 * it when the run ends (JUnit closes what the root store holds).
 *
 * <p>Arquillian runs an in-container test class a second time inside WildFly, extensions included:
 * there, this does nothing (the server is the test JVM's; the {@code it.mail.smtp.port} property
 * Failsafe sets exists only in the test JVM).
 */
public class WithGreenMail implements BeforeAllCallback {
  private static final Namespace NAMESPACE = Namespace.create(WithGreenMail.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    if (System.getProperty("it.mail.smtp.port") == null) {
      return;
    }
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(MailServer.class, key -> MailServer.start(), MailServer.class);
  }
}
