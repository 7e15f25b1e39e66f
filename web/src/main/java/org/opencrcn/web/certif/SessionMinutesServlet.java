package org.opencrcn.web.certif;

import jakarta.servlet.annotation.WebServlet;
import java.util.Locale;
import org.opencrcn.certification.application.SessionDocuments;

/** The minutes (procès-verbal) of a session as a PDF, at {@code /certif/pv-session?session=N}. */
@WebServlet("/certif/pv-session")
public class SessionMinutesServlet extends SessionPdfServlet {
  private static final long serialVersionUID = 1L;

  @Override
  byte[] pdf(SessionDocuments documents, long session, Locale locale) {
    return documents.minutes(session, SheetTexts.sheet(locale), SheetTexts.minutes(locale));
  }

  @Override
  String fileName(long session) {
    return "pv-session-" + session;
  }
}
