package org.opencrcn.identity.application;

import java.io.Serializable;
import java.util.Set;

/** The signed-in person as the screens show them: their name and the spaces they may enter. */
public record SignedInPerson(long accountId, String displayName, Set<Space> spaces)
    implements Serializable {

  public boolean mayEnter(Space space) {
    return spaces.contains(space);
  }
}
