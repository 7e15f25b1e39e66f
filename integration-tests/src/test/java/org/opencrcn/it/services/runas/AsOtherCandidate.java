package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * Calls services as a second candidate (another account) (CertifCourseTestData makes the account).
 */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal(AsOtherCandidate.SUBJECT)
public class AsOtherCandidate {
  public static final String SUBJECT = "it-certif-candidate-0002";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
