package org.opencrcn.organization.domain;

/** SCO: a school known by its UAI/RNE; SUP: higher education; PRO: any other organisation. */
public enum OrganizationType {
  SCO,
  SUP,
  PRO
}
