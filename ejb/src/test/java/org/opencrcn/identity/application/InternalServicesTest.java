package org.opencrcn.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Services that take ids and check nobody are reachable only from the services that check the
 * caller: the pupil import job's steps are package-private (no EJB view, tested by PupilAccessIT),
 * and the account directory (names and addresses by account id) is used by the organisation
 * context's services only, after their OrgaGuard check, by the administrators' platform figures (a
 * count) and their management of certification centres (CentreAdministration, platform admins
 * only), never by a screen.
 */
class InternalServicesTest {
  private static final Path EJB_SOURCES = Path.of("src/main/java");
  private static final Path WEB_SOURCES = Path.of("../web/src/main/java");

  @Test
  @DisplayName(
      "The import job's writer, steps and runner are not public: no other package can call them")
  void importJobIsPackagePrivate() throws Exception {
    for (String name : List.of("PupilImportWriter", "PupilImportSteps", "PupilImportRunner")) {
      Class<?> type = Class.forName("org.opencrcn.organization.application.pupils." + name);

      assertThat(Modifier.isPublic(type.getModifiers())).as(name).isFalse();
      assertThat(type.isAnnotationPresent(jakarta.ejb.Stateless.class)).as(name).isFalse();
    }
  }

  @Test
  @DisplayName(
      "AccountDirectory is used only by identity and the organisation context's services, never by a screen")
  void accountDirectoryStaysBehindTheChecks() throws IOException {
    assertThat(users(EJB_SOURCES))
        .isNotEmpty()
        .allSatisfy(
            file ->
                assertThat(file.toString().replace('\\', '/'))
                    .containsAnyOf(
                        "org/opencrcn/identity/",
                        "org/opencrcn/organization/application/",
                        "org/opencrcn/campaign/application/",
                        "org/opencrcn/platform/application/",
                        "org/opencrcn/certification/application/CentreAdministration.java"));
    assertThat(users(WEB_SOURCES)).isEmpty();
  }

  @Test
  @DisplayName(
      "PupilRecords (a school's pupils by organisation id, unchecked) is used by certification's services only, never by a screen")
  void pupilRecordsStayBehindTheCentreCheck() throws IOException {
    assertThat(users(EJB_SOURCES, "PupilRecords"))
        .isNotEmpty()
        .allSatisfy(
            file ->
                assertThat(file.toString().replace('\\', '/'))
                    .containsAnyOf(
                        "org/opencrcn/certification/application/",
                        "org/opencrcn/organization/application/pupils/PupilRecord"));
    assertThat(users(WEB_SOURCES, "PupilRecords")).isEmpty();
  }

  private static List<Path> users(Path root, String name) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.getFileName().toString().equals(name + ".java"))
          .filter(file -> mentions(file, name))
          .toList();
    }
  }

  private static boolean mentions(Path file, String name) {
    try {
      // A whole word: OwnPupilRecords (the learner's own records) is another class.
      return java.util.regex.Pattern.compile("\\b" + name + "\\b")
          .matcher(Files.readString(file))
          .find();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> users(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.getFileName().toString().equals("AccountDirectory.java"))
          .filter(InternalServicesTest::mentionsAccountDirectory)
          .toList();
    }
  }

  private static boolean mentionsAccountDirectory(Path file) {
    try {
      return Files.readString(file).contains("AccountDirectory");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
