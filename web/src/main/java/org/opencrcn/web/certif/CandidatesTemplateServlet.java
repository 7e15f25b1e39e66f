package org.opencrcn.web.certif;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencrcn.certification.application.SessionCandidates;

/** The candidates template (CSV) a centre fills in a spreadsheet, then imports into a session. */
@WebServlet("/certif/modele-candidats.csv")
public class CandidatesTemplateServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private SessionCandidates candidates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] csv = candidates.template();
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"modele-candidats.csv\"");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
  }
}
