package org.opencrcn.organization.application.ent;

import java.io.Serializable;
import org.opencrcn.organization.domain.MembershipRole;

/**
 * A school an ENT attaches the person to, as the first-sign-in welcome shows it: whether they are
 * linked to its pupil record, their role in its Orga space (null when not a member), and whether
 * that space has an administrator yet (who would decide on a teacher's request to join).
 */
public record EntSchool(
    long organizationId,
    String name,
    String uai,
    boolean pupilRecordLinked,
    MembershipRole role,
    boolean administered)
    implements Serializable {

  public boolean member() {
    return role != null;
  }
}
