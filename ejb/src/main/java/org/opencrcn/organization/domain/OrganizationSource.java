package org.opencrcn.organization.domain;

/**
 * Where an organisation was created: typed in by an administrator, or imported from the directory.
 */
public enum OrganizationSource {
  MANUAL,
  DIRECTORY
}
