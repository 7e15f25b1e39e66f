package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * Calls services as a second pupil signed in through their school ENT (a classmate of AsEntPupil).
 * An account of the tests only (EntTestData creates it and sets what its ENT asserted).
 */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal(AsEntClassmate.SUBJECT)
public class AsEntClassmate {
  public static final String SUBJECT = "it-ent-classmate-0004";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
