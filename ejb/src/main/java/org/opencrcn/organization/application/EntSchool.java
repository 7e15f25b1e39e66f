package org.opencrcn.organization.application;

import java.io.Serializable;
import org.opencrcn.organization.domain.MembershipRole;

/**
 * A school an ENT attaches the person to, as the first-sign-in welcome shows it: whether they are
 * linked to its pupil record, and their role in its Orga space (null when not a member).
 */
public record EntSchool(long organizationId, String name, String uai, boolean pupilRecordLinked, MembershipRole role)
    implements Serializable {

  public boolean member() {
    return role != null;
  }
}
