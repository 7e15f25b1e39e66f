package org.opencrcn.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.support.Deployments;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.WithKeycloak;

/**
 * The start-up check on the test server, which runs as a demonstration does (demo data, the
 * committed client secret, the demo ENT in its Keycloak, cookies without Secure over plain HTTP):
 * without the demo flag each of these is a line that stops the start (docs/security.md, finding 2).
 * Asked through the tests' data service, which calls the server's check.
 */
@ExtendWith({ArquillianExtension.class, WithKeycloak.class})
@RunAsClient
class DemoSafeguardIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEarWithTestData();
  }

  private final TestData data = new TestData();

  @Test
  @DisplayName("Without the demo flag, the test server's demonstration values are five problems")
  void refusedWithoutDemoFlag() {
    assertThat(data.deploymentProblems(false))
        .satisfiesExactly(
            secret -> assertThat(secret).contains("OPENCRCN_OIDC_CLIENT_SECRET"),
            admin -> assertThat(admin).contains("OPENCRCN_KEYCLOAK_ADMIN_CLIENT_SECRET"),
            ent -> assertThat(ent).contains("realm ent-demo"),
            accounts -> assertThat(accounts).contains("holds 5 demo account(s)"),
            cookies -> assertThat(cookies).contains("not marked Secure"));
  }

  @Test
  @DisplayName("With the demo flag (as the test server starts), nothing stops the start")
  void acceptedWithDemoFlag() {
    assertThat(data.deploymentProblems(true)).isEmpty();
  }
}
