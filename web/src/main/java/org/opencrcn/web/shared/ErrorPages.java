package org.opencrcn.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the 500 page: logs the failure once with a short correlation id and shows only that id, so
 * that support can find the stack trace in the server log while the person sees none.
 */
@Named
@RequestScoped
public class ErrorPages {
  static final String EXCEPTION_ATTRIBUTE = "org.opencrcn.error.exception";
  private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

  @Inject private HttpServletRequest request;
  private String correlationId;

  public String getCorrelationId() {
    String reference = request.getParameter("ref");
    if (correlationId == null && reference != null && reference.matches("[0-9A-F]{8}")) {
      correlationId = reference; // logged before an Ajax request was redirected here
    }
    if (correlationId == null) {
      Object thrown = request.getAttribute(EXCEPTION_ATTRIBUTE);
      if (thrown == null) {
        thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      }
      correlationId = thrown instanceof Throwable t ? logWithCorrelationId(t) : newCorrelationId();
    }
    return correlationId;
  }

  static String logWithCorrelationId(Throwable thrown) {
    String id = newCorrelationId();
    LOG.log(Level.SEVERE, "Unexpected error, correlation id " + id, thrown);
    return id;
  }

  private static String newCorrelationId() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }
}
