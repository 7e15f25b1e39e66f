package org.opencrcn.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.opencrcn.identity.application.SignIn;
import org.opencrcn.identity.application.SignedInPerson;
import org.opencrcn.identity.application.Space;
import org.opencrcn.shared.Roles;

/**
 * The signed-in person for the session: recorded once, at the first protected request after
 * Keycloak sent them back, then kept (it is small and serialisable, as sessions are distributable).
 */
@Named
@SessionScoped
public class CurrentPerson implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SignIn signIn;
  @Inject private HttpServletRequest request;

  public static final String ENT_WELCOME_PAGE = "/ent/bienvenue.xhtml";

  private SignedInPerson person;
  private List<String> roleKeys = List.of();

  /** Records the sign-in if this session has not done it yet. */
  public SignedInPerson person() {
    if (person == null) {
      var identity =
          OidcIdentity.of(request.getUserPrincipal())
              .orElseThrow(() -> new IllegalStateException("No OIDC identity on a protected page"));
      person = signIn.record(identity.profile());
      roleKeys = roleKeysOf(request, person);
    }
    return person;
  }

  /** Reads the person's spaces again at the next request (they just joined an organisation). */
  public void refresh() {
    person = null;
  }

  public boolean isSignedIn() {
    return request.getUserPrincipal() != null;
  }

  public String getDisplayName() {
    return person().displayName();
  }

  /**
   * Bundle keys of the roles the person holds, for display: the realm roles, then those their
   * memberships give (an organisation's administrator or member, a certification centre's member).
   */
  public List<String> getRoleKeys() {
    person();
    return roleKeys;
  }

  public boolean mayEnter(String space) {
    return isSignedIn() && person().mayEnter(Space.valueOf(space));
  }

  /**
   * The page a person lands on after signing in: the ENT welcome at the first sign-in through an
   * ENT, else the most specific space they may enter.
   */
  public String landingPage() {
    SignedInPerson signedIn = person();
    if (signedIn.awaitsEntWelcome()) {
      return ENT_WELCOME_PAGE;
    }
    for (Space space : List.of(Space.ORGA, Space.CERTIF, Space.ADMIN)) {
      if (signedIn.mayEnter(space)) {
        return space.landingPage();
      }
    }
    return Space.LEARNER.landingPage();
  }

  private static List<String> roleKeysOf(HttpServletRequest request, SignedInPerson person) {
    List<String> keys = new ArrayList<>();
    for (String role : List.of(Roles.LEARNER, Roles.PLATFORM_ADMIN)) {
      if (request.isUserInRole(role)) {
        keys.add("role." + role);
      }
    }
    person.membershipRoles().forEach(role -> keys.add("role." + role));
    return List.copyOf(keys);
  }
}
