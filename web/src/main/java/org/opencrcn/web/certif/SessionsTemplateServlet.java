package org.opencrcn.web.certif;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencrcn.certification.application.SessionsImport;

/**
 * The sessions template (CSV): a centre plans several sessions with their candidates in one file.
 */
@WebServlet("/certif/modele-sessions.csv")
public class SessionsTemplateServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private SessionsImport sessions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] csv = sessions.template();
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"modele-sessions.csv\"");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
  }
}
