package org.opencrcn.web.learner;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.opencrcn.platform.application.PersonalData;
import org.opencrcn.web.shared.LanguageSelection;

/**
 * "Télécharger mes données": the signed-in person's own data as a JSON file (the {@code /app/*}
 * constraint asks for a sign-in first). Only the caller's data: the address names nobody.
 */
@WebServlet("/app/mes-donnees.json")
public class PersonalDataServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The name the browser saves the file under. */
  static final String FILE_NAME = "mes-donnees-opencrcn.json";

  @Inject private PersonalData personalData;
  @Inject private LanguageSelection language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] json = personalData.json(language.getLocale()).getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"");
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }
}
