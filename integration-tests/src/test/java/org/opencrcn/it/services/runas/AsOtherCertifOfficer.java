package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * Calls services as an officer of the Certif tests' own centres (CertifTestData makes the account
 * and the centres), so that no demo centre's sessions change.
 */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal(AsOtherCertifOfficer.SUBJECT)
public class AsOtherCertifOfficer {
  public static final String SUBJECT = "it-certif-officer-0002";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
