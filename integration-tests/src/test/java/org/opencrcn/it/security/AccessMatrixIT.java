package org.opencrcn.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.support.AccessRules;
import org.opencrcn.it.support.AccessRules.Entry;
import org.opencrcn.it.support.AccessRules.Expected;
import org.opencrcn.it.support.AccessRules.Role;
import org.opencrcn.it.support.AccessRules.Side;
import org.opencrcn.it.support.Deployments;
import org.opencrcn.it.support.HttpSignIn;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.Urls;
import org.opencrcn.it.support.WithKeycloak;

/**
 * The tenant-isolation matrix over HTTP (docs/security.md, "Tenant isolation"): every page and
 * servlet of the access inventory, asked by each role (anonymous, learner, member and administrator
 * of school A, officer of centre A, platform administrator) signed in through the real Keycloak,
 * without a target and with the id of a target of their own (A) and of another school, centre or
 * person (B) typed in the address; then Faces forms of school A posted with school B's id slipped
 * into the form fields ({@link TamperedPostbacks}). Expected: access only where the line's rule
 * allows it. Prints {@code cases=… leaks=…}; any leak, wrong refusal or server error fails.
 */
@ExtendWith({ArquillianExtension.class, WithKeycloak.class})
@RunAsClient
class AccessMatrixIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEarWithTestData();
  }

  private static final TestData DATA = new TestData();
  private static MatrixWorld world;

  @BeforeAll
  static void twoSchoolsAndTheirPeople() {
    world = MatrixWorld.make(DATA);
  }

  @Test
  @DisplayName(
      "Every page and servlet answers each role on targets A and B as its inventory line says, and no more")
  void pagesAndServlets() {
    MatrixReport report = new MatrixReport("http");
    for (Entry entry : AccessRules.read(AccessRules.INVENTORY)) {
      if (entry.kind().equals("page") || entry.kind().equals("servlet")) {
        tryEntry(entry, report);
      }
    }
    TamperedPostbacks tampered = new TamperedPostbacks(world, report);
    tampered.run();

    report.print();
    System.out.println("matrix=http tampered_not_tried=" + tampered.notTried());
    assertThat(report.problems()).as(report.summary()).isEmpty();
  }

  private static void tryEntry(Entry entry, MatrixReport report) {
    for (Role role : Role.values()) {
      for (Side side : sidesOf(entry)) {
        Expected expected = AccessRules.expected(entry.who(), role, side);
        String path = address(entry, role, side);
        if (expected == Expected.NOT_TRIED || path == null) {
          continue;
        }
        HttpSignIn.Page page = world.client(role).open(Urls.app(path));
        report.record(entry + " as " + role + " on " + side, path, expected, outcome(page, path));
      }
    }
  }

  private static List<Side> sidesOf(Entry entry) {
    List<Side> sides = new ArrayList<>(List.of(Side.NONE));
    if (targetKind(entry) != null) {
      sides.add(Side.A);
      sides.add(Side.B);
    }
    return sides;
  }

  /** The kind of id the entry's target takes, when the matrix can make one of each side. */
  private static String targetKind(Entry entry) {
    if (entry.name().equals("/admin/organization.xhtml")) {
      return "organization";
    }
    return switch (entry.target()) {
      case "organization", "centre", "assessment", "session" -> entry.target();
      default -> null;
    };
  }

  /** The address asked: the page, or the servlet's pattern made concrete, with the target's id. */
  private static String address(Entry entry, Role role, Side side) {
    String name = entry.name();
    if (name.equals("/signout")) {
      return null; // POST only, and it would end the role's session: nothing to read there.
    }
    Long id = side == Side.NONE ? null : world.targetId(targetKind(entry), role, side);
    if (side != Side.NONE && id == null) {
      return null;
    }
    if (entry.kind().equals("servlet")) {
      String base = name.endsWith("/*") ? name.substring(0, name.length() - 1) : name;
      if (name.endsWith("/*")) {
        return base
            + (id != null ? id.toString() : name.startsWith("/files") ? world.fileName() : "x");
      }
      return id == null ? base : base + "?" + entry.target() + "=" + id;
    }
    if (id == null) {
      return name;
    }
    String parameter = entry.name().equals("/admin/organization.xhtml") ? "id" : entry.target();
    return name + "?" + parameter + "=" + id;
  }

  static MatrixReport.Outcome outcome(HttpSignIn.Page page, String askedPath) {
    URI uri = page.uri();
    if (uri.getPort() != URI.create(Urls.app("/")).getPort()) {
      return MatrixReport.Outcome.SIGN_IN;
    }
    int status = page.status();
    if (status == 403 || status == 401) {
      return MatrixReport.Outcome.REFUSED;
    }
    if (status == 404 || status == 400) {
      return MatrixReport.Outcome.NOT_FOUND;
    }
    if (status >= 500) {
      return MatrixReport.Outcome.ERROR;
    }
    String asked = URI.create(Urls.app(askedPath)).getPath();
    if (uri.getPath().startsWith("/error/")) {
      return asked.startsWith("/error/")
          ? MatrixReport.Outcome.SHOWN
          : MatrixReport.Outcome.REFUSED;
    }
    return uri.getPath().equals(asked) ? MatrixReport.Outcome.SHOWN : MatrixReport.Outcome.MOVED;
  }

  /** The two schools, a centre each, the people of A, an administrator of B, and their sessions. */
  static final class MatrixWorld {
    final TestData.School schoolA;
    final TestData.School schoolB;
    final long centreA;
    final long centreB;
    final Map<Role, Person> people = new EnumMap<>(Role.class);
    final Map<Role, Long> ownAssessments = new EnumMap<>(Role.class);
    final long strangersAssessment;
    final Person adminOfB;
    final String pupilOfB;
    final long sessionA;
    final long sessionB;
    final String sessionNameOfB;
    final String candidateOfB;
    final TestData data;
    private final Map<Role, HttpSignIn> clients = new EnumMap<>(Role.class);
    private HttpSignIn adminOfBClient;

    private MatrixWorld(TestData data) {
      schoolA = data.school("Collège Matrice A");
      schoolB = data.school("Lycée Matrice B");
      people.put(Role.LEARNER, data.person("Lina", "Matrice"));
      people.put(Role.MEMBER_OF_A, data.person("Marc", "Matrice"));
      people.put(Role.ADMIN_OF_A, data.person("Alice", "Matrice"));
      people.put(Role.OFFICER_OF_A, data.person("Omar", "Matrice"));
      people.put(Role.PLATFORM_ADMIN, data.platformAdministrator("Paula", "Matrice"));
      data.member(schoolA, people.get(Role.MEMBER_OF_A));
      data.administrator(schoolA, people.get(Role.ADMIN_OF_A));
      centreA = data.centreOfficer(schoolA, people.get(Role.OFFICER_OF_A));
      adminOfB = data.person("Bruno", "Matrice");
      data.administrator(schoolB, adminOfB);
      centreB = data.centreOfficer(schoolB, data.person("Bea", "Matrice"));
      people.forEach(
          (role, person) ->
              ownAssessments.put(
                  role, data.completedPositioning(person, "1.1", 10, List.of(), List.of())));
      strangersAssessment = data.completedPositioning(adminOfB, "1.1", 10, List.of(), List.of());
      pupilOfB = "Secretdb" + Long.toString(schoolB.id(), 36);
      data.pupilRecord(schoolB, pupilOfB, "Zoe", java.time.LocalDate.of(2011, 3, 14), "2nde1");
      // A row of every kind on both sides: A's pages show each row's button (approve, cancel,
      // remove...), B's rows are those a tampered post must leave as they are.
      data.pupilRecord(schoolA, "Matricea", "Ali", java.time.LocalDate.of(2011, 4, 2), "3A");
      for (TestData.School school : List.of(schoolA, schoolB)) {
        data.invitation(school, "invitee-" + school.uai().toLowerCase() + "@example.org");
        data.joinRequest(school, data.person("Jules", "Demandeur"));
      }
      // A second request: approving the first (tampered, on A's own request) closes it.
      data.joinRequest(schoolA, data.person("Julie", "Demandeuse"));
      // And a second invitation: cancelling one (A's own, whatever the tampered id) closes it.
      data.invitation(schoolA, "second-invitee-" + schoolA.uai().toLowerCase() + "@example.org");
      data.member(schoolB, data.person("Berthe", "Matrice"));
      sessionA = data.certificationSession(centreA, "Session matrice A", "Candidata");
      sessionNameOfB = "Sessionsecrete" + Long.toString(centreB, 36);
      candidateOfB = "Candidatsecret" + Long.toString(centreB, 36);
      sessionB = data.certificationSession(centreB, sessionNameOfB, candidateOfB);
      this.data = data;
    }

    static MatrixWorld make(TestData data) {
      return new MatrixWorld(data);
    }

    /** The role's HTTP client, signed in once through Keycloak (anonymous: never signed in). */
    HttpSignIn client(Role role) {
      return clients.computeIfAbsent(
          role, key -> key == Role.ANONYMOUS ? new HttpSignIn() : signedIn(people.get(key)));
    }

    HttpSignIn adminOfB() {
      if (adminOfBClient == null) {
        adminOfBClient = signedIn(adminOfB);
      }
      return adminOfBClient;
    }

    private static HttpSignIn signedIn(Person person) {
      HttpSignIn http = new HttpSignIn();
      HttpSignIn.Page login = http.open(Urls.app("/signin"));
      HttpSignIn.Page landed = http.signIn(login, person.username(), person.password());
      assertThat(landed.uri().getPort())
          .as("%s signed in (landed on %s)", person.username(), landed.uri())
          .isEqualTo(URI.create(Urls.app("/")).getPort());
      return http;
    }

    /** The id of that kind on that side for the role; null when there is none to try. */
    Long targetId(String kind, Role role, Side side) {
      return switch (kind) {
        case "organization" -> side == Side.A ? schoolA.id() : schoolB.id();
        case "centre" -> side == Side.A ? centreA : centreB;
        case "assessment" ->
            side == Side.B ? Long.valueOf(strangersAssessment) : ownAssessments.get(role);
        case "session" -> side == Side.A ? sessionA : sessionB;
        default -> null;
      };
    }

    /** A content file address that exists nowhere: what a servlet answers a signed-in person. */
    String fileName() {
      return "0".repeat(64) + "/none.txt";
    }
  }
}
