package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * Calls services as the local account (username and password) an ENT identity gets attached to. An
 * account of the tests only.
 */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal(AsLocalOwner.SUBJECT)
public class AsLocalOwner {
  public static final String SUBJECT = "it-local-owner-0001";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
