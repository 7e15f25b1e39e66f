package org.opencrcn.web.brand;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** {@code /brand/logo}: the academy's logo file, when the setting names one (404 otherwise). */
@WebServlet("/brand/logo")
public class BrandLogoServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private Brand brand;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Path> logo = brand.logo();
    if (logo.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(contentType(logo.get()).orElseThrow());
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.setHeader("X-Content-Type-Options", "nosniff");
    Files.copy(logo.get(), response.getOutputStream());
  }

  /** The image types a logo may be, by file name. */
  static Optional<String> contentType(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return Optional.of("image/png");
    } else if (name.endsWith(".svg")) {
      return Optional.of("image/svg+xml");
    } else if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      return Optional.of("image/jpeg");
    } else if (name.endsWith(".webp")) {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }
}
