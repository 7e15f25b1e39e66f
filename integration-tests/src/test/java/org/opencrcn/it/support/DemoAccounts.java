package org.opencrcn.it.support;

/** The demo users of keycloak-realm/src/main/realm/opencrcn-realm.json and their subjects. */
public enum DemoAccounts {
  PUPIL("eleve", "6f0c1c2e-0001-4a5b-9c1d-000000000001", "Léa Martin"),
  TEACHER("enseignant", "6f0c1c2e-0002-4a5b-9c1d-000000000002", "Thomas Bernard"),
  DIRECTOR("directrice", "6f0c1c2e-0003-4a5b-9c1d-000000000003", "Claire Dubois"),
  CENTRE_OFFICER("centre", "6f0c1c2e-0004-4a5b-9c1d-000000000004", "Karim Haddad"),
  PLATFORM_ADMIN("admin", "6f0c1c2e-0005-4a5b-9c1d-000000000005", "Sophie Lefèvre");

  public static final String PASSWORD = "demo-opencrcn";

  public final String username;
  public final String subject;
  public final String displayName;

  DemoAccounts(String username, String subject, String displayName) {
    this.username = username;
    this.subject = subject;
    this.displayName = displayName;
  }
}
