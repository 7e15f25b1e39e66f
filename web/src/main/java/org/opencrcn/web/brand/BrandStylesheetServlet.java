package org.opencrcn.web.brand;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /brand.css}: the brand tokens of the stylesheet set from the academy's colour, so that
 * pages carry no inline style (the content security policy forbids them).
 */
@WebServlet("/brand.css")
public class BrandStylesheetServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private Brand brand;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/css;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.getWriter().write(tokens(brand.colour()));
  }

  static String tokens(BrandColour colour) {
    return ":root{--brand:"
        + colour.hex()
        + ";--brand-hover:"
        + colour.darker().hex()
        + ";--brand-soft:"
        + colour.soft().hex()
        + "}\n";
  }
}
