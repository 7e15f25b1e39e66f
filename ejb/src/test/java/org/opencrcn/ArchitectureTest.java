package org.opencrcn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.Optional;
import java.util.Set;
import org.opencrcn.shared.Settings;

/**
 * The arrows between bounded contexts ({@code org.opencrcn.<context>}), checked with every unit
 * test run. {@code shared} is a kernel every context may use; it uses none. A context uses another
 * only through its {@code application} API (and the value objects of its domain, e.g. referential's
 * {@code Pix}, {@code Solution}, {@code Tolerance}, identity's {@code EntAffiliation}): never its
 * {@code infrastructure} nor its entities. See CONTRIBUTING.md, "Contexts and their arrows".
 */
@AnalyzeClasses(packages = "org.opencrcn", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String ROOT = "org.opencrcn.";
  private static final String SHARED = "shared";

  @ArchTest
  static final ArchRule contextsAreFreeOfCycles =
      slices()
          .matching("org.opencrcn.(*)..")
          .namingSlices("context $1")
          .should()
          .beFreeOfCycles()
          .ignoreDependency(
              DescribedPredicate.alwaysTrue(),
              JavaClass.Predicates.resideInAPackage("org.opencrcn.shared.."));

  @ArchTest
  static final ArchRule noContextReachesIntoAnothersInfrastructure =
      classes()
          .that()
          .resideInAPackage("org.opencrcn..")
          .should(
              notDependOnAnotherContextWhere(
                  "infrastructure",
                  target -> layerOf(target).equals(Optional.of("infrastructure"))));

  @ArchTest
  static final ArchRule noContextUsesAnothersEntities =
      classes()
          .that()
          .resideInAPackage("org.opencrcn..")
          .should(
              notDependOnAnotherContextWhere(
                  "entities (@Entity, @Embeddable)",
                  target ->
                      target.isAnnotatedWith(Entity.class)
                          || target.isAnnotatedWith(Embeddable.class)));

  @ArchTest
  static final ArchRule domainReadsNoEnvironment =
      noClasses()
          .that()
          .resideInAPackage("org.opencrcn..domain..")
          .should()
          .callMethodWhere(
              new DescribedPredicate<JavaMethodCall>(
                  "read the environment (System.getenv/getProperty, Boolean.getBoolean,"
                      + " Integer.getInteger, Long.getLong, Settings): settings are read in the"
                      + " application layer and passed in") {
                @Override
                public boolean test(JavaMethodCall call) {
                  String owner = call.getTargetOwner().getName();
                  String name = call.getName();
                  return owner.equals(Settings.class.getName())
                      || (owner.equals(System.class.getName())
                          && Set.of("getenv", "getProperty", "getProperties").contains(name))
                      || (owner.equals(Boolean.class.getName()) && name.equals("getBoolean"))
                      || (owner.equals(Integer.class.getName()) && name.equals("getInteger"))
                      || (owner.equals(Long.class.getName()) && name.equals("getLong"));
                }
              });

  /** The context of a class: the package right under org.opencrcn, if any. */
  static Optional<String> contextOf(JavaClass javaClass) {
    String name = javaClass.getPackageName();
    if (!name.startsWith(ROOT)) {
      return Optional.empty();
    }
    String rest = name.substring(ROOT.length());
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  /** The layer of a class inside its context (application, domain, infrastructure), if any. */
  static Optional<String> layerOf(JavaClass javaClass) {
    String[] parts = javaClass.getPackageName().split("\\.");
    return javaClass.getPackageName().startsWith(ROOT) && parts.length > 3
        ? Optional.of(parts[3])
        : Optional.empty();
  }

  /**
   * No dependency on a class of another context (shared excepted) that matches {@code forbidden}.
   */
  private static ArchCondition<JavaClass> notDependOnAnotherContextWhere(
      String what, java.util.function.Predicate<JavaClass> forbidden) {
    return new ArchCondition<>("not depend on another context's " + what) {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> own = contextOf(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          Optional<String> theirs = contextOf(target);
          if (theirs.isEmpty()
              || theirs.get().equals(SHARED)
              || theirs.equals(own)
              || !forbidden.test(target)) {
            continue;
          }
          events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
        }
      }
    };
  }
}
