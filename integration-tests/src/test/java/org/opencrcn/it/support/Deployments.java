package org.opencrcn.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

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
}
