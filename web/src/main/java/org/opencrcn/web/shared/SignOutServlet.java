package org.opencrcn.web.shared;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** "Se déconnecter": signs out everywhere ({@link SignOut}) and comes back to the home page. */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    response.sendRedirect(SignOut.signOut(request, "/"));
  }
}
