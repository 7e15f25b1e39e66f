package org.opencrcn;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
  void everyServiceMethodIsDeclared() throws IOException {
    Set<String> found = serviceMethods();
    Set<String> declared = declaredServices();

    Set<String> missing = new TreeSet<>(found);
    missing.removeAll(declared);
    Set<String> stale = new TreeSet<>(declared);
    stale.removeAll(found);
    assertThat(missing)
        .as(
            "service methods without a line in %s (add 'service <Class#method> <who> <target>',"
                + " see docs/security.md)",
            INVENTORY)
        .isEmpty();
    assertThat(stale).as("service lines of %s naming no method", INVENTORY).isEmpty();
  }

  private static Set<String> serviceMethods() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.opencrcn")
            .stream()
            .filter(AccessInventoryTest::isApplicationEjb)
            .flatMap(type -> type.getMethods().stream())
            .filter(AccessInventoryTest::isBusinessMethod)
            .map(
                method ->
                    method.getOwner().getName().substring(ROOT.length()) + "#" + method.getName())
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

  private static Set<String> declaredServices() throws IOException {
    try {
      return Files.readAllLines(INVENTORY).stream()
          .map(String::strip)
          .filter(line -> line.startsWith("service "))
          .map(line -> line.split("\\s+")[1])
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
