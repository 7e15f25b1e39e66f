package org.opencrcn.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.opencrcn.it.fixture.FixtureServlet;

/** The EAR the build produced, as tests deploy it: no hand-listed classes. */
public final class Deployments {
  private Deployments() {}

  public static EnterpriseArchive builtEar() {
    File ear = new File(System.getProperty("it.ear", "../ear/target/opencrcn.ear"));
    if (!ear.isFile()) {
      throw new IllegalStateException(
          "Build the EAR first (mvn package): " + ear.getAbsolutePath());
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /**
   * The built EAR plus the test data service of the browser tests (org.opencrcn.it.fixture, in the
   * web module): what the product never contains, the tests' deployment alone adds.
   */
  public static EnterpriseArchive builtEarWithTestData() {
    EnterpriseArchive ear = builtEar();
    ear.getAsType(WebArchive.class, "opencrcn-web.war")
        .addPackage(FixtureServlet.class.getPackage());
    return ear;
  }
}
