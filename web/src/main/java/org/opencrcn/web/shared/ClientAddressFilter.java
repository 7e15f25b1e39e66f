package org.opencrcn.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencrcn.shared.audit.ClientAddress;

/**
 * Tells the audit log the address of the request being served: the peer WildFly sees, which is the
 * forwarded client only when WildFly trusts its proxy ({@code proxy-address-forwarding} on the HTTP
 * listener); a header sent by the client itself is never read here.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class ClientAddressFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try (ClientAddress.Scope scope = ClientAddress.bind(request.getRemoteAddr())) {
      chain.doFilter(request, response);
    }
  }
}
