package org.opencrcn.organization.domain;

/** ADMIN manages the members of the organisation; MEMBER uses Orga. */
public enum MembershipRole {
  ADMIN,
  MEMBER
}
