package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * Calls services as a learner who tries campaign codes at random. An account of its own, since the
 * test leaves it barred from codes for an hour.
 */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal(AsCodeGuesser.SUBJECT)
public class AsCodeGuesser {
  public static final String SUBJECT = "it-campaign-code-guesser";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
