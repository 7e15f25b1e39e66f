package org.opencrcn.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every page, Faces action and servlet of the web module has its line in the access inventory
 * ({@code docs/access-matrix.txt}), and every line of these kinds names one that exists: a new
 * screen cannot ship without saying who may use it (the matrix IT then tries it as every role).
 */
class AccessInventoryTest {
  static final Path INVENTORY = Path.of("../docs/access-matrix.txt");
  private static final Path WEBAPP = Path.of("src/main/webapp");

  /**
   * An action, actionListener or listener bound to a bean's method, in any tag but viewAction (a
   * page's load, covered by its page line); a plain HTML form's {@code action="#{request...}/x"} is
   * an address, whose servlet has its own line.
   */
  private static final Pattern ACTION =
      Pattern.compile(
          "<([\\w:]+)\\b[^>]*?\\b(?:action|actionListener|listener)=\"#\\{(\\w+)\\.(\\w+)");

  private static final Set<String> WHO =
      Set.of(
          "anonymous",
          "signed-in",
          "self",
          "link-holder",
          "ent-school",
          "org-member",
          "org-admin",
          "centre-officer",
          "centre-member",
          "platform-admin",
          "internal");

  @Test
  @DisplayName(
      "Every page under the webapp (WEB-INF aside) has its line, and no page line is stale")
  void everyPageIsDeclared() {
    assertSameEntries("page", pages());
  }

  @Test
  @DisplayName("Every Faces action method a page binds has its line, and no action line is stale")
  void everyActionIsDeclared() {
    assertSameEntries("action", actions());
  }

  @Test
  @DisplayName("Every servlet of the web module has its line, and no servlet line is stale")
  void everyServletIsDeclared() {
    assertSameEntries("servlet", servlets());
  }

  @Test
  @DisplayName("Every line has a known kind, a rule of the vocabulary and a target column")
  void linesAreWellFormed() {
    for (String line : lines()) {
      String[] columns = line.split("\\s+");
      assertThat(columns).as("columns of: %s", line).hasSize(4);
      assertThat(columns[0]).as("kind of: %s", line).isIn("page", "action", "servlet", "service");
      assertThat(columns[2]).as("who of: %s", line).isIn(WHO);
    }
  }

  private static void assertSameEntries(String kind, Set<String> found) {
    Set<String> declared = declared(kind);
    Set<String> missing = new TreeSet<>(found);
    missing.removeAll(declared);
    Set<String> stale = new TreeSet<>(declared);
    stale.removeAll(found);
    assertThat(missing)
        .as(
            "%ss without a line in %s (add '%s <name> <who> <target>', see docs/security.md)",
            kind, INVENTORY, kind)
        .isEmpty();
    assertThat(stale).as("%s lines of %s naming nothing", kind, INVENTORY).isEmpty();
  }

  static List<String> lines() {
    try {
      return Files.readAllLines(INVENTORY).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> declared(String kind) {
    return lines().stream()
        .map(line -> line.split("\\s+"))
        .filter(columns -> columns[0].equals(kind))
        .map(columns -> columns[1])
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> pages() {
    return facelets()
        .filter(page -> !page.startsWith(WEBAPP.resolve("WEB-INF")))
        .map(page -> "/" + WEBAPP.relativize(page).toString().replace('\\', '/'))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> actions() {
    Set<String> actions = new TreeSet<>();
    facelets()
        .forEach(
            page -> {
              Matcher action = ACTION.matcher(read(page));
              while (action.find()) {
                if (!action.group(1).equals("f:viewAction") && !action.group(2).equals("request")) {
                  actions.add(action.group(2) + "." + action.group(3));
                }
              }
            });
    return actions;
  }

  private static Set<String> servlets() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opencrcn.web")
            .stream()
            .filter(type -> type.isAnnotatedWith(WebServlet.class))
            .map(JavaClass::reflect)
            .flatMap(
                type -> {
                  WebServlet servlet = type.getAnnotation(WebServlet.class);
                  return Stream.concat(
                      Arrays.stream(servlet.value()), Arrays.stream(servlet.urlPatterns()));
                })
            .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Stream<Path> facelets() {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(file -> file.toString().endsWith(".xhtml")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
