package org.opencrcn.it.services.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * Calls services as a person who signed in through their school ENT. An account of the tests only
 * (JoinRequestTestData creates it and sets what its ENT asserted), so that the demo ENT accounts
 * keep what the browser tests expect.
 */
@Stateless
@PermitAll
@RunAs(Roles.LEARNER)
@RunAsPrincipal(AsEntTeacher.SUBJECT)
public class AsEntTeacher {
  public static final String SUBJECT = "it-ent-teacher-0003";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
