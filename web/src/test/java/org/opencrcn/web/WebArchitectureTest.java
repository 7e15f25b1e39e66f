package org.opencrcn.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

/**
 * The screens call the contexts' application services and hold records: never an infrastructure
 * class nor an entity (domain value objects such as {@code MembershipRole} or {@code Scorecard} may
 * be shown).
 */
@AnalyzeClasses(packages = "org.opencrcn.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

  @ArchTest
  static final ArchRule screensUseNoInfrastructure =
      noClasses()
          .that()
          .resideInAPackage("org.opencrcn.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.opencrcn.*.infrastructure..");

  @ArchTest
  static final ArchRule screensHoldNoEntity =
      noClasses()
          .that()
          .resideInAPackage("org.opencrcn.web..")
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Entity.class)
          .orShould()
          .dependOnClassesThat()
          .areAnnotatedWith(Embeddable.class);
}
