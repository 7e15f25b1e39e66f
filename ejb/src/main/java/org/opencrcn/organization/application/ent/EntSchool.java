package org.opencrcn.organization.application.ent;

import java.io.Serializable;
import java.util.Set;
import org.opencrcn.identity.domain.EntProfile;
import org.opencrcn.organization.domain.MembershipRole;

/**
 * A school an ENT attaches the person to, as the first-sign-in welcome shows it: the profiles the
 * ENT gives them in this school (what may be offered here; empty when the ENT does not say),
 * whether they are linked to its pupil record, their role in its Orga space (null when not a
 * member), and whether that space has an administrator yet (who would decide on a teacher's request
 * to join).
 */
public record EntSchool(
    long organizationId,
    String name,
    String uai,
    Set<EntProfile> profiles,
    boolean pupilRecordLinked,
    MembershipRole role,
    boolean administered)
    implements Serializable {

  /** Whether the ENT gives the person this profile in this school (e.g. DIRECTOR: activation). */
  public boolean has(EntProfile profile) {
    return profiles.contains(profile);
  }

  /** The ENT names this school but says of no known profile that it is held here. */
  public boolean noProfileHere() {
    return profiles.isEmpty();
  }

  public boolean member() {
    return role != null;
  }
}
