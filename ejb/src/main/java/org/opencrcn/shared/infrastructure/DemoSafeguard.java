package org.opencrcn.shared.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What makes a start unsafe outside a demonstration: the values the repository ships so that {@code
 * ./run.sh} works in one command, which anyone who read the repository knows. A start without the
 * explicit demo flag ({@code -Dopencrcn.demo-data=true} or {@code OPENCRCN_DEMO_DATA=true}) is
 * refused while one of them is in place, with one line per problem saying what to change
 * (docs/security.md, finding 2).
 */
public final class DemoSafeguard {
  /** The client secret committed in the realm file and in the server's configuration. */
  static final String COMMITTED_CLIENT_SECRET = "opencrcn-dev-secret";

  /**
   * The secret of the Keycloak admin client ({@code opencrcn-admin}: deletes the person of an
   * anonymised account), committed in the realm file.
   */
  static final String COMMITTED_ADMIN_CLIENT_SECRET = "opencrcn-admin-dev-secret";

  /** The accounts of the demo data (db/demo), by the subjects the demo realm gives them. */
  static final List<String> DEMO_SUBJECTS =
      List.of(
          "6f0c1c2e-0001-4a5b-9c1d-000000000001",
          "6f0c1c2e-0002-4a5b-9c1d-000000000002",
          "6f0c1c2e-0003-4a5b-9c1d-000000000003",
          "6f0c1c2e-0004-4a5b-9c1d-000000000004",
          "6f0c1c2e-0005-4a5b-9c1d-000000000005");

  /**
   * What the start found.
   *
   * @param demo the demo flag is set explicitly
   * @param clientSecret the OIDC client secret the server was given ({@code
   *     OPENCRCN_OIDC_CLIENT_SECRET}), empty when none
   * @param adminClientSecret the secret of the Keycloak admin client ({@code
   *     OPENCRCN_KEYCLOAK_ADMIN_CLIENT_SECRET}), empty when none
   * @param demoEntServed the Keycloak the application signs in with also serves the demo ENT
   *     ({@code ent-demo} realm), whose signing key is in the repository and which the opencrcn
   *     realm file trusts
   * @param demoAccounts how many of the demo accounts (platform administrator included) the
   *     database holds
   * @param secureCookies the session cookie is marked Secure
   */
  public record Facts(
      boolean demo,
      Optional<String> clientSecret,
      Optional<String> adminClientSecret,
      boolean demoEntServed,
      int demoAccounts,
      boolean secureCookies) {}

  private DemoSafeguard() {}

  /** One line per problem, empty when the start is safe (or a demonstration, said explicitly). */
  public static List<String> problems(Facts facts) {
    List<String> problems = new ArrayList<>();
    if (facts.demo()) {
      return problems;
    }
    if (facts.clientSecret().isEmpty()
        || facts.clientSecret().get().equals(COMMITTED_CLIENT_SECRET)) {
      problems.add(
          "The OIDC client secret is the one committed in the repository (or not set): set"
              + " OPENCRCN_OIDC_CLIENT_SECRET to the opencrcn-web client's own secret in Keycloak.");
    }
    if (facts.adminClientSecret().isEmpty()
        || facts.adminClientSecret().get().equals(COMMITTED_ADMIN_CLIENT_SECRET)) {
      problems.add(
          "The Keycloak admin client's secret is the one committed in the repository (or not set):"
              + " set OPENCRCN_KEYCLOAK_ADMIN_CLIENT_SECRET to the opencrcn-admin client's own"
              + " secret in Keycloak.");
    }
    if (facts.demoEntServed()) {
      problems.add(
          "Keycloak serves the demo ENT (realm ent-demo), whose signing key is in the repository"
              + " and which the opencrcn realm file trusts as identity provider \"ent\": delete that"
              + " realm and point the provider \"ent\" to the academy's ENT (docs/ent-sso.md).");
    }
    if (facts.demoAccounts() > 0) {
      problems.add(
          "The database holds %d demo account(s) (eleve, enseignant, directrice, centre, admin):"
                  .formatted(facts.demoAccounts())
              + " this database was started with demo data; use a database of its own for"
              + " production, and delete these users from Keycloak.");
    }
    if (!facts.secureCookies()) {
      problems.add(
          "Session cookies are not marked Secure (OPENCRCN_SECURE_COOKIES=false): serve the"
              + " platform over HTTPS and leave the setting at its default (true).");
    }
    return problems;
  }
}
