package org.opencrcn.web.certif;

import jakarta.servlet.annotation.WebServlet;
import java.util.Locale;
import org.opencrcn.certification.application.SessionDocuments;

/** The attendance sheet of a session as a PDF, at {@code /certif/emargement?session=N}. */
@WebServlet("/certif/emargement")
public class AttendanceSheetServlet extends SessionPdfServlet {
  private static final long serialVersionUID = 1L;

  @Override
  byte[] pdf(SessionDocuments documents, long session, Locale locale) {
    return documents.attendanceSheet(session, SheetTexts.sheet(locale));
  }

  @Override
  String fileName(long session) {
    return "emargement-session-" + session;
  }
}
