package org.opencrcn.identity.application;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in person as the screens show them: their name, the spaces they may enter, the roles
 * their memberships give (names of {@link SpaceRole}, without the realm roles), and whether their
 * first sign-in through an ENT still waits for its welcome (pupil record, Orga offers).
 */
public record SignedInPerson(
    long accountId,
    String displayName,
    Set<Space> spaces,
    List<String> membershipRoles,
    boolean awaitsEntWelcome)
    implements Serializable {

  public SignedInPerson {
    spaces =
        Collections.unmodifiableSet(
            spaces.isEmpty() ? EnumSet.noneOf(Space.class) : EnumSet.copyOf(spaces));
    membershipRoles = List.copyOf(membershipRoles);
  }

  public boolean mayEnter(Space space) {
    return spaces.contains(space);
  }
}
