package org.opencrcn.web.certif;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.opencrcn.certification.application.SessionDocuments;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.web.shared.LanguageSelection;

/**
 * A session's PDF document at {@code ?session=N}. web.xml lets only signed-in people in; the
 * service checks the caller belongs to the session's centre (a session of another centre, or none,
 * is a 404: nothing tells them apart).
 */
abstract class SessionPdfServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private SessionDocuments documents;
  @Inject private LanguageSelection language;

  /** The document, made by the service (which checks the caller). */
  abstract byte[] pdf(SessionDocuments documents, long session, Locale locale);

  /** The file's name as the browser saves it, without extension. */
  abstract String fileName(long session);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long session;
    try {
      session = Long.parseLong(request.getParameter("session"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf;
    try {
      pdf = pdf(documents, session, language.getLocale());
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + fileName(session) + ".pdf\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
