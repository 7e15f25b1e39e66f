package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/** Calls services as the results tests' candidate (CertifResultsTestData makes the account). */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal(AsCertifiedLearner.SUBJECT)
public class AsCertifiedLearner {
  public static final String SUBJECT = "it-certif-results-learner-0001";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
