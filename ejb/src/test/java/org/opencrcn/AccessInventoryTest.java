package org.opencrcn;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every public business method of the EJBs of the {@code application} packages (the services a
 * screen or another context may call) has its line in the access inventory ({@code
 * docs/access-matrix.txt}), saying who may call it on which target; a line naming no method fails
 * too. The matrix IT calls each as every role.
 */
class AccessInventoryTest {
  private static final Path INVENTORY = Path.of("../docs/access-matrix.txt");
  private static final String ROOT = "org.opencrcn.";

  @Test
  @DisplayName("Every public method of an application EJB has its service line, none is stale")
  void everyServiceMethodIsDeclared() {
    Set<String> found = names(businessMethods());
    Set<String> declared = declared(line -> true);

    assertThat(difference(found, declared))
        .as(
            "service methods without a line in %s (add 'service <Class#method> <who> <target>',"
                + " see docs/security.md)",
            INVENTORY)
        .isEmpty();
    assertThat(difference(declared, found))
        .as("service lines of %s naming no method", INVENTORY)
        .isEmpty();
  }

  @Test
  @DisplayName(
      "A service method open to anyone (@PermitAll) is declared anonymous or internal, and one declared anonymous is open to anyone")
  void permitAllMatchesTheInventory() {
    Set<String> open = names(businessMethods().filter(AccessInventoryTest::permitsAll));
    Set<String> declaredOpen =
        declared(columns -> columns[2].equals("anonymous") || columns[2].equals("internal"));
    Set<String> declaredAnonymous = declared(columns -> columns[2].equals("anonymous"));

    assertThat(difference(open, declaredOpen))
        .as("@PermitAll service methods whose line says a signed-in person, a role or a target")
        .isEmpty();
    assertThat(difference(declaredAnonymous, open))
        .as("service methods declared anonymous that are not @PermitAll")
        .isEmpty();
  }

  private static Stream<JavaMethod> businessMethods() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opencrcn")
            .stream()
            .filter(AccessInventoryTest::isApplicationEjb)
            .flatMap(type -> type.getMethods().stream())
            .filter(AccessInventoryTest::isBusinessMethod);
  }

  private static Set<String> names(Stream<JavaMethod> methods) {
    return methods
        .map(
            method -> method.getOwner().getName().substring(ROOT.length()) + "#" + method.getName())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean isApplicationEjb(JavaClass type) {
    return type.getPackageName().contains(".application")
        && (type.isAnnotatedWith(Stateless.class)
            || type.isAnnotatedWith(Singleton.class)
            || type.isAnnotatedWith(Stateful.class));
  }

  private static boolean isBusinessMethod(JavaMethod method) {
    Set<JavaModifier> modifiers = method.getModifiers();
    return modifiers.contains(JavaModifier.PUBLIC)
        && !modifiers.contains(JavaModifier.STATIC)
        && !modifiers.contains(JavaModifier.SYNTHETIC)
        && !modifiers.contains(JavaModifier.BRIDGE);
  }

  /** Open to anyone: @PermitAll on the method, or on the class and no role on the method. */
  private static boolean permitsAll(JavaMethod method) {
    return method.isAnnotatedWith(PermitAll.class)
        || (!method.isAnnotatedWith(RolesAllowed.class)
            && method.getOwner().isAnnotatedWith(PermitAll.class));
  }

  /** The names of the service lines whose columns pass the filter. */
  private static Set<String> declared(java.util.function.Predicate<String[]> filter) {
    return serviceLines().stream()
        .map(line -> line.split("\\s+"))
        .filter(filter)
        .map(columns -> columns[1])
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String> serviceLines() {
    try {
      return Files.readAllLines(INVENTORY).stream()
          .map(String::strip)
          .filter(line -> line.startsWith("service "))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> difference(Set<String> these, Set<String> those) {
    Set<String> difference = new TreeSet<>(these);
    difference.removeAll(those);
    return difference;
  }
}
