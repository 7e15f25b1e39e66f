package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * Calls services as the demo account centre_officer would after signing in (its Keycloak subject
 * and role).
 */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal("6f0c1c2e-0004-4a5b-9c1d-000000000004")
public class AsCentreOfficer {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
