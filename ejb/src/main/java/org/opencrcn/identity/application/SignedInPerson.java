package org.opencrcn.identity.application;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person as the screens show them: their name, the spaces they may enter, and whether
 * their first sign-in through an ENT still waits for its welcome (pupil record, Orga offers).
 */
public record SignedInPerson(
    long accountId, String displayName, Set<Space> spaces, boolean awaitsEntWelcome)
    implements Serializable {

  public boolean mayEnter(Space space) {
    return spaces.contains(space);
  }
}
