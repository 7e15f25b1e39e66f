package org.opencrcn.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * When the signed-in person last typed their credentials at Keycloak: the ID token's {@code
 * auth_time} (kept on a token refresh, renewed only by a real sign-in). A step that needs a fresh
 * password check compares it with when the step began.
 */
public final class SignInTime {
  private SignInTime() {}

  public static Optional<Instant> of(HttpServletRequest request) {
    return OidcIdentity.of(request.getUserPrincipal()).flatMap(OidcIdentity::authenticatedAt);
  }
}
