package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * Calls services as a person with no organisation yet, who follows an activation or invitation
 * link. An account of the tests only (OrgaTestData creates it), so that joining test organisations
 * never changes what the demo accounts see.
 */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal(AsNewcomer.SUBJECT)
public class AsNewcomer {
  public static final String SUBJECT = "it-orga-newcomer-0001";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
