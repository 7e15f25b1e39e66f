package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * Calls services as a second person who joins the test organisations. An account of the tests only
 * (OrgaTestData creates it), so that joining test organisations never changes what the demo
 * accounts see.
 */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal(AsColleague.SUBJECT)
public class AsColleague {
  public static final String SUBJECT = "it-orga-colleague-0002";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
