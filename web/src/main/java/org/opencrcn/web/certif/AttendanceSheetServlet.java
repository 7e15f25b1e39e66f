package org.opencrcn.web.certif;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencrcn.certification.application.SessionDocuments;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.web.shared.LanguageSelection;

/**
 * The attendance sheet of a session as a PDF, at {@code /certif/emargement?session=N}. web.xml lets
 * only signed-in people in; the service checks the caller belongs to the session's centre (a
 * session of another centre, or none, is a 404: nothing tells them apart).
 */
@WebServlet("/certif/emargement")
public class AttendanceSheetServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private SessionDocuments documents;
  @Inject private LanguageSelection language;

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
      pdf = documents.attendanceSheet(session, SheetTexts.sheet(language.getLocale()));
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"emargement-session-" + session + ".pdf\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
