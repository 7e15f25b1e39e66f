package org.opencrcn.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Starts the test Keycloak once for the whole run, before the first test class that needs it, and
 * stops it when the run ends (JUnit closes what the root store holds).
 */
public class WithKeycloak implements BeforeAllCallback {
  private static final Namespace NAMESPACE = Namespace.create(WithKeycloak.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            KeycloakServer.class,
            key -> {
              try {
                return KeycloakServer.start();
              } catch (Exception e) {
                throw new IllegalStateException("Could not start Keycloak for the tests", e);
              }
            },
            KeycloakServer.class);
  }
}
