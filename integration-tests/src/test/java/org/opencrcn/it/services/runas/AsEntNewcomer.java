package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * Calls services as a person at their first ENT sign-in, who will attach the ENT to their local
 * account. An account of the tests only.
 */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal(AsEntNewcomer.SUBJECT)
public class AsEntNewcomer {
  public static final String SUBJECT = "it-ent-newcomer-0001";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
