package org.opencrcn.shared.invitation;

/** An invitation waits for its invitee, was accepted once, or was cancelled by an administrator. */
public enum InvitationStatus {
  PENDING,
  ACCEPTED,
  CANCELLED
}
