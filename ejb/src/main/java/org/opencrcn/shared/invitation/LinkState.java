package org.opencrcn.shared.invitation;

/** What following a mailed link (activation or invitation) may do now. */
public enum LinkState {
  USABLE,
  USED,
  EXPIRED,
  CANCELLED
}
