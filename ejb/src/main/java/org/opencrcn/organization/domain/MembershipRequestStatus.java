package org.opencrcn.organization.domain;

/**
 * A request to join waits for an administrator, was approved or refused by one, or was withdrawn by
 * its requester.
 */
public enum MembershipRequestStatus {
  PENDING,
  APPROVED,
  REFUSED,
  CANCELLED
}
