package org.opencrcn.web.shared;

import java.security.Principal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opencrcn.identity.domain.EntAffiliation;
import org.opencrcn.identity.domain.PersonProfile;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Reads what Keycloak said of the signed-in person from the principal WildFly's OIDC client built.
 */
final class OidcIdentity {
  private final OidcSecurityContext context;

  private OidcIdentity(OidcSecurityContext context) {
    this.context = context;
  }

  static Optional<OidcIdentity> of(Principal principal) {
    return principal instanceof OidcPrincipal<?> oidc
        ? Optional.of(new OidcIdentity(oidc.getOidcSecurityContext()))
        : Optional.empty();
  }

  PersonProfile profile() {
    IDToken token = context.getIDToken();
    return new PersonProfile(
        token.getSubject(),
        token.getPreferredUsername(),
        token.getGivenName(),
        token.getFamilyName(),
        token.getEmail(),
        new EntAffiliation(
            strings(token.getClaimValue("ent_profile")),
            strings(token.getClaimValue("ent_uai")),
            strings(token.getClaimValue("ent_function")),
            String.join(" ", strings(token.getClaimValue("ent_class")))));
  }

  /**
   * The values of a claim Keycloak's mappers put in the token for what the school ENT asserted: a
   * JSON array when the mapper is multi-valued, a string otherwise; absent for local accounts.
   */
  static List<String> strings(Object claim) {
    if (claim instanceof Collection<?> values) {
      return values.stream().filter(value -> value != null).map(String::valueOf).toList();
    }
    return claim == null ? List.of() : List.of(String.valueOf(claim));
  }

  /** The ID token's {@code auth_time}: when the person last typed their credentials. */
  Optional<Instant> authenticatedAt() {
    Object claim = context.getIDToken().getClaimValue("auth_time");
    return claim instanceof Number seconds
        ? Optional.of(Instant.ofEpochSecond(seconds.longValue()))
        : Optional.empty();
  }

  String idTokenString() {
    return context.getIDTokenString();
  }

  /** Keycloak's end-session endpoint, known once the provider's metadata has been read. */
  Optional<String> endSessionEndpoint() {
    return context instanceof RefreshableOidcSecurityContext refreshable
            && refreshable.getOidcClientConfiguration() != null
        ? Optional.ofNullable(refreshable.getOidcClientConfiguration().getLogoutUrl())
        : Optional.empty();
  }
}
