package org.opencrcn.organization.application.ent;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.opencrcn.identity.domain.EntProfile;

/**
 * What the platform makes of the person's ENT sign-in: their profiles, the schools of their UAIs
 * the platform knows (archived ones count as unknown), and the UAIs it does not know.
 */
public record EntWelcome(
    boolean fromEnt,
    Set<EntProfile> profiles,
    String className,
    List<EntSchool> schools,
    List<String> unknownUais)
    implements Serializable {

  public boolean has(EntProfile profile) {
    return profiles.contains(profile);
  }

  /** The ENT sent no profile the platform knows: it cannot offer anything school-related. */
  public boolean noProfile() {
    return profiles.isEmpty();
  }
}
