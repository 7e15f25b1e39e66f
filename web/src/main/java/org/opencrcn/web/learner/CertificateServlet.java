package org.opencrcn.web.learner;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.opencrcn.certification.application.MyCertifications;
import org.opencrcn.certification.domain.certificate.CertificateLabels;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.web.shared.LanguageSelection;

/**
 * The learner's certificate as a PDF at {@code /app/certificat?result=N}. Someone else's result, a
 * result not certified or not published, or none at all, is the same 404.
 */
@WebServlet("/app/certificat")
public class CertificateServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private MyCertifications certifications;
  @Inject private LanguageSelection language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long result;
    try {
      result = Long.parseLong(request.getParameter("result"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = language.getLocale();
    byte[] pdf;
    try {
      pdf = certifications.certificate(result, labels(locale), locale);
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"certificat-" + result + ".pdf\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  static CertificateLabels labels(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle("org.opencrcn.web.i18n.messages", locale);
    return new CertificateLabels(
        bundle.getString("certificate.title"),
        bundle.getString("certificate.awardedTo"),
        bundle.getString("verify.centre"),
        bundle.getString("verify.date"),
        bundle.getString("verify.totalPix"),
        bundle.getString("verify.competence"),
        bundle.getString("verify.level"),
        bundle.getString("verify.notCertified"),
        bundle.getString("verify.code"),
        bundle.getString("certificate.verifyAt"));
  }
}
