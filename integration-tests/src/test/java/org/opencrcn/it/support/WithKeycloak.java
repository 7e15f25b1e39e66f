package org.opencrcn.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Starts the test Keycloak once for the whole run, before the first test class that needs it, and
 * stops it when the run ends (JUnit closes what the root store holds). A start that failed is not
 * tried again by every later class (minutes each): they fail at once, with the first cause.
 */
public class WithKeycloak implements BeforeAllCallback {
  private static final Namespace NAMESPACE = Namespace.create(WithKeycloak.class);

  /** What the store keeps when the start failed. */
  private record StartFailure(Exception cause) {}

  @Override
  public void beforeAll(ExtensionContext context) {
    Object started =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                KeycloakServer.class,
                key -> {
                  try {
                    return KeycloakServer.start();
                  } catch (Exception e) {
                    return new StartFailure(e);
                  }
                });
    if (started instanceof StartFailure failure) {
      throw new IllegalStateException("Could not start Keycloak for the tests", failure.cause());
    }
  }
}
