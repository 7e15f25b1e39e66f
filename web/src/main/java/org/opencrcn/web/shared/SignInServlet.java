package org.opencrcn.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Target of "Se connecter": protected, so the OIDC client sends the visitor through Keycloak first;
 * once back, it records the sign-in and sends the person to their space.
 */
@WebServlet("/signin")
public class SignInServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private CurrentPerson currentPerson;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + currentPerson.landingPage());
  }
}
