package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * Calls services as the candidate whose test the centre's finalisation ends
 * (CertificationCourseIT): an account of its own, so that the challenges it is asked do not use up
 * the main candidate's.
 */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal(AsFinalisedCandidate.SUBJECT)
public class AsFinalisedCandidate {
  public static final String SUBJECT = "it-certif-candidate-0003";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
