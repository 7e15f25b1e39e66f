package org.opencrcn.web.certif;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencrcn.certification.application.SessionDocuments;
import org.opencrcn.shared.AccessDeniedException;

/**
 * The candidates of a session as an Excel workbook, at {@code /certif/candidats.xlsx?session=N}.
 * web.xml lets only signed-in people in; the service checks the caller belongs to the session's
 * centre (a session of another centre, or none, is a 404: nothing tells them apart).
 */
@WebServlet("/certif/candidats.xlsx")
public class CandidatesListServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private SessionDocuments documents;

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
    byte[] bytes;
    try {
      bytes = documents.candidatesXlsx(session);
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"candidats-session-" + session + ".xlsx\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
