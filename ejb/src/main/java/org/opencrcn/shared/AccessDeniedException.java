package org.opencrcn.shared;

import jakarta.ejb.ApplicationException;

/**
 * Thrown by an application service when the caller has the right role but not the right membership
 * (another school's organisation, a centre they do not belong to). The web layer turns it into the
 * 403 page.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
