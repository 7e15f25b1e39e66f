package org.opencrcn.web.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import org.opencrcn.shared.AccessDeniedException;

/** Which error page an exception deserves: the rule, kept apart from the Faces plumbing. */
enum ErrorStatus {
  FORBIDDEN(403),
  VIEW_EXPIRED(0),
  SERVER_ERROR(500);

  private final int httpStatus;

  ErrorStatus(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  int httpStatus() {
    return httpStatus;
  }

  /** Looks through the whole cause chain, as Faces and EJB wrap what a service threw. */
  static ErrorStatus of(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AccessDeniedException || t instanceof EJBAccessException) {
        return FORBIDDEN;
      }
      if (t instanceof ViewExpiredException) {
        return VIEW_EXPIRED;
      }
    }
    return SERVER_ERROR;
  }
}
