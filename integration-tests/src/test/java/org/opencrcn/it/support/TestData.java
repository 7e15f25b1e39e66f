package org.opencrcn.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.opencrcn.organization.domain.Uai;

/**
 * The accounts and organisations a browser test class makes for itself, so that no two classes
 * share a person and each can assert exact figures: the person through Keycloak's admin API (as an
 * administrator would create them), the application's side through the test deployment's fixture
 * service (org.opencrcn.it.fixture, only in the tests' EAR).
 */
public final class TestData {
  /** Each run's names differ, so that a rerun on the same servers never meets an earlier one. */
  private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

  private static final String PASSWORD = "Test-" + RUN + "-secret";

  private final KeycloakAdmin keycloak = new KeycloakAdmin();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A school of the test's own: a random UAI of the directory's form, and its mailbox. */
  public record School(long id, String name, String uai, String email) {}

  /**
   * A new learner (every account is one): in Keycloak with a password, and already known to the
   * application, as after a first sign-in.
   */
  public Person person(String firstName, String lastName) {
    String username = (firstName + "." + lastName).toLowerCase().replaceAll("[^a-z.]", "") + "-";
    username += UUID.randomUUID().toString().substring(0, 8);
    String email = username + "@example.org";
    String subject =
        keycloak.createUser("opencrcn", username, firstName, lastName, email, PASSWORD);
    post(
        "/account",
        Map.of(
            "subject",
            subject,
            "username",
            username,
            "firstName",
            firstName,
            "lastName",
            lastName,
            "email",
            email));
    return new Person(username, PASSWORD, subject, firstName, lastName, email);
  }

  /**
   * A new person of the demo ENT (realm ent-demo), with what the ENT asserts about them: a profile
   * (National_ELV, National_ENS, National_DIR...; none when null), their schools' UAIs and, for a
   * pupil, their class. OpenCRCN knows nothing of them before their first ENT sign-in.
   */
  public EntPerson entPerson(
      String firstName, String lastName, String profile, String division, String... uais) {
    return entPersonWithFunctions(
        firstName,
        lastName,
        profile == null ? List.of() : List.of(profile),
        List.of(),
        division,
        uais);
  }

  /**
   * Same, with several profiles and the functions the ENT ties to each school ({@code
   * ENTPersonFonctions}, e.g. {@code 0381999Z$DIR$DIRECTION$-$CHEF D'ETABLISSEMENT}).
   */
  public EntPerson entPersonWithFunctions(
      String firstName,
      String lastName,
      List<String> profiles,
      List<String> functions,
      String division,
      String... uais) {
    String uid = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String username = "ent-" + uid.toLowerCase();
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    attributes.put("uid", List.of(uid));
    attributes.put("ENTPersonStructRattachRNE", List.of(uais));
    if (!profiles.isEmpty()) {
      attributes.put("ENTPersonProfils", profiles);
    }
    if (!functions.isEmpty()) {
      attributes.put("ENTPersonFonctions", functions);
    }
    if (division != null) {
      attributes.put("ENTEleveClasses", List.of(division));
    }
    keycloak.createUser(
        "ent-demo",
        username,
        firstName,
        lastName,
        username + "@ent.example.org",
        PASSWORD,
        attributes);
    return new EntPerson(username, PASSWORD, uid, firstName, lastName);
  }

  /**
   * A person of the ENT: their ENT username and password, and the uid OpenCRCN's broker names their
   * account after.
   */
  public record EntPerson(
      String username, String password, String uid, String firstName, String lastName) {
    /** Their account in the opencrcn realm: the broker's username template ent.${uid}. */
    public String brokeredUsername() {
      return "ent." + uid.toLowerCase();
    }
  }

  /** A pupil record of the school (as its SIECLE import made it), linked to no account yet. */
  public void pupilRecord(
      School school, String familyName, String firstName, LocalDate birthdate, String division) {
    pupilRecord(school, familyName, firstName, birthdate, division, null);
  }

  /** A pupil record of the school, already linked to this person's account. */
  public void pupilRecord(
      School school,
      String familyName,
      String firstName,
      LocalDate birthdate,
      String division,
      Person linkedTo) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("organization", Long.toString(school.id()));
    parameters.put("ine", "IT" + UUID.randomUUID().toString().substring(0, 9).toUpperCase());
    parameters.put("familyName", familyName);
    parameters.put("firstName", firstName);
    parameters.put("birthdate", birthdate.toString());
    parameters.put("division", division);
    if (linkedTo != null) {
      parameters.put("linkedSubject", linkedTo.subject());
    }
    post("/pupil", parameters);
  }

  /**
   * What the server's start-up check (DeploymentCheck) says with that demo flag, from the test
   * server's real configuration: one problem a line, none when empty.
   */
  public List<String> deploymentProblems(boolean demo) {
    String answer = post("/deployment-check", Map.of("demo", Boolean.toString(demo)));
    return answer.isEmpty() ? List.of() : List.of(answer.split("\n"));
  }

  /** The application's account number of the person (as the audit log and "Mes données" show). */
  public long accountId(Person person) {
    return Long.parseLong(post("/account-id", Map.of("subject", person.subject())).strip());
  }

  /**
   * Gives the server another secret for Keycloak's admin client ({@code "reset"}: its own again),
   * so that Keycloak refuses it.
   */
  public void keycloakAdminSecret(String value) {
    post("/keycloak-admin-secret", Map.of("value", value));
  }

  /** Sets a campaign setting ({@code opencrcn.campaign.*}) of the server; null removes it. */
  public void campaignSetting(String name, String value) {
    post("/setting", Map.of("name", name, "value", value == null ? "" : value));
  }

  /** A UAI of the directory's form that no school of the platform has. */
  public static String unknownUai() {
    return newUai();
  }

  /** A new platform administrator (Keycloak's realm role platform-admin). */
  public Person platformAdministrator(String firstName, String lastName) {
    Person admin = person(firstName, lastName);
    keycloak.grantRealmRole("opencrcn", admin.subject(), "platform-admin");
    return admin;
  }

  /** A new school (type SCO), active, with no member yet. */
  public School school(String name) {
    String uai = newUai();
    String email = "ce." + uai + "@ac-test.fr";
    String fullName = name + " " + uai;
    long id =
        Long.parseLong(
            post(
                "/organization",
                Map.of("type", "SCO", "name", fullName, "uai", uai, "email", email)));
    return new School(id, fullName, uai, email);
  }

  /** The person joins the school's Orga space as its administrator. */
  public void administrator(School school, Person person) {
    member(school, person, "ADMIN");
  }

  /** The person joins the school's Orga space as a member. */
  public void member(School school, Person person) {
    member(school, person, "MEMBER");
  }

  /** A SUP certification centre of this name, with the person as its officer; returns its id. */
  public long supCentreOfficer(String name, Person person) {
    return Long.parseLong(
        post("/sup-centre-officer", Map.of("name", name, "subject", person.subject())));
  }

  /** The school gets a certification centre, with the person as its officer; returns its id. */
  public long centreOfficer(School school, Person person) {
    return Long.parseLong(
        post(
            "/centre-officer",
            Map.of("organization", Long.toString(school.id()), "subject", person.subject())));
  }

  /** A pending invitation of that address to the school (as a member); returns its id. */
  public long invitation(School school, String email) {
    return Long.parseLong(
        post("/invitation", Map.of("organization", Long.toString(school.id()), "email", email)));
  }

  /** The person asks to join the school (pending); returns the request's id. */
  public long joinRequest(School school, Person person) {
    return Long.parseLong(
        post(
            "/join-request",
            Map.of("organization", Long.toString(school.id()), "subject", person.subject())));
  }

  /** A certification session of the centre, with one typed candidate of that family name. */
  public long certificationSession(long centreId, String name, String candidateFamilyName) {
    return Long.parseLong(
        post(
            "/certification-session",
            Map.of(
                "centre",
                Long.toString(centreId),
                "name",
                name,
                "candidate",
                candidateFamilyName)));
  }

  /** The session's day has come: it is moved to today, from midnight (Paris time). */
  public void sessionDayHasCome(long session) {
    post("/session-day", Map.of("session", Long.toString(session)));
  }

  /**
   * What the school holds that its people change (members and roles, invitations, join requests,
   * pupils, imports, campaigns) as one line: equal lines, nothing changed.
   */
  public String schoolState(School school) {
    return post("/school-state", Map.of("organization", Long.toString(school.id())));
  }

  /** The same for a certification centre: members, sessions, candidates. */
  public String centreState(long centreId) {
    return post("/centre-state", Map.of("centre", Long.toString(centreId)));
  }

  /**
   * The person finished a positioning test on the competence that many days ago, validating and
   * invalidating these skills (@tubeN); returns the test's id.
   */
  public long completedPositioning(
      Person person,
      String competence,
      int daysAgo,
      List<String> validated,
      List<String> invalidated) {
    return Long.parseLong(
        post(
            "/completed-positioning",
            Map.of(
                "subject",
                person.subject(),
                "competence",
                competence,
                "daysAgo",
                Integer.toString(daysAgo),
                "validated",
                String.join(",", validated),
                "invalidated",
                String.join(",", invalidated))));
  }

  private void member(School school, Person person, String role) {
    post(
        "/member",
        Map.of(
            "organization", Long.toString(school.id()), "subject", person.subject(), "role", role));
  }

  /** Seven digits (starting 09, a département no demo school uses) and their check letter. */
  private static String newUai() {
    String digits = "09" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    return digits + Uai.expectedCheckLetter(digits);
  }

  private String post(String path, Map<String, String> parameters) {
    String form =
        new LinkedHashMap<>(parameters)
            .entrySet().stream()
                .map(
                    entry ->
                        URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                            + "="
                            + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Urls.app("/it-fixture" + path)))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Test data " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body().strip();
    } catch (IOException e) {
      throw new IllegalStateException("The test data service did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
