package org.opencrcn.web.orga;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opencrcn.certification.application.SchoolCertifications;
import org.opencrcn.certification.domain.scoring.ResultStatus;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.web.shared.LanguageSelection;

/**
 * The school's certification results as an Excel workbook at {@code
 * /orga/certifications.xlsx?organization=N[&classe=X]}; someone who is not a member gets a 404.
 */
@WebServlet("/orga/certifications.xlsx")
public class SchoolCertificationsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private SchoolCertifications certifications;
  @Inject private LanguageSelection language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long organization;
    try {
      organization = Long.parseLong(request.getParameter("organization"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ResourceBundle bundle =
        ResourceBundle.getBundle("org.opencrcn.web.i18n.messages", language.getLocale());
    List<String> header =
        Stream.of(
                "certif.candidate.familyName",
                "certif.candidate.firstName",
                "certif.candidate.division",
                "verify.date",
                "mycertifs.status",
                "verify.totalPix")
            .map(bundle::getString)
            .toList();
    Map<String, String> statuses =
        Stream.of(ResultStatus.values())
            .collect(
                Collectors.toMap(
                    ResultStatus::name, s -> bundle.getString("mycertifs.status." + s.name())));
    byte[] bytes;
    try {
      bytes = certifications.xlsx(organization, request.getParameter("classe"), header, statuses);
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"certifications-" + organization + ".xlsx\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
