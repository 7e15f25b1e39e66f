package org.opencrcn.web.orga;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Target of the link mailed to administrators when a teacher asks to join, {@code
 * /orga/demandes/<organization id>}: the id travels in the path because WildFly's OIDC client drops
 * the query string when it brings a person back from sign-in (see {@link
 * org.opencrcn.web.shared.SecretLinkServlet}); this sends them on to that organisation's members
 * page, where the requests are.
 */
@WebServlet("/orga/demandes/*")
public class JoinRequestsLinkServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + membersPage(request.getPathInfo()));
  }

  /**
   * The members page of the organisation; without a well-formed id, the person's first
   * organisation's.
   */
  static String membersPage(String pathInfo) {
    String id = pathInfo == null ? "" : pathInfo.substring(1);
    return "/orga/membres.xhtml" + (ID.matcher(id).matches() ? "?organization=" + id : "");
  }
}
