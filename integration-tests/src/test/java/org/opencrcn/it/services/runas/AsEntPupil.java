package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * Calls services as a pupil signed in through a school ENT (its claims are recorded by the test).
 * An account of the tests only.
 */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal(AsEntPupil.SUBJECT)
public class AsEntPupil {
  public static final String SUBJECT = "it-ent-pupil-0001";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
