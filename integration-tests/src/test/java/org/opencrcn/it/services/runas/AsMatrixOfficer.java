package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * Calls services as the officer of the matrix's centre A, in the access matrix (its own subject: no
 * demo account is touched).
 */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal(AsMatrixOfficer.SUBJECT)
public class AsMatrixOfficer {
  public static final String SUBJECT = "7a0c1c2e-0000-4a5b-9c1d-00000000a004";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
