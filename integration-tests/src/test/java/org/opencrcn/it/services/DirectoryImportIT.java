package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrcn.it.services.Establishments.college;
import static org.opencrcn.it.services.Establishments.directory;
import static org.opencrcn.it.services.Establishments.newUai;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.services.runas.AsDirector;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.organization.application.directory.DirectoryImport;
import org.opencrcn.organization.application.directory.DirectoryImportReport;
import org.opencrcn.organization.application.directory.DirectoryImportReport.Outcome;
import org.opencrcn.organization.application.directory.OrganizationAdministration;
import org.opencrcn.organization.application.directory.OrganizationInput;
import org.opencrcn.organization.application.directory.ShippedDirectory;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.OrganizationSource;
import org.opencrcn.organization.domain.OrganizationType;
import org.opencrcn.organization.domain.Refusal;

/** Importing the establishments directory: all or nothing, idempotent, upserting by UAI. */
@ExtendWith(ArquillianExtension.class)
class DirectoryImportIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(DirectoryImportIT.class);
  }

  @Inject private DirectoryImport directoryImport;
  @Inject private OrganizationAdministration administration;
  @Inject private AsPlatformAdmin asAdmin;
  @Inject private AsDirector asDirector;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  private DirectoryImportReport importAsAdmin(byte[] file) throws Exception {
    return asAdmin.call(() -> directoryImport.importCsv(file));
  }

  private List<Organization> withUai(String... uais) {
    return em.createQuery("select o from Organization o where o.uai in :uais", Organization.class)
        .setParameter("uais", List.of(uais))
        .getResultList();
  }

  @Test
  @DisplayName(
      "One bad line refuses the whole file: the report names it, nothing is created or changed")
  void oneBadLineChangesNothing() throws Exception {
    String known = newUai();
    long knownId =
        asAdmin.call(
            () ->
                administration.create(
                    new OrganizationInput(
                        OrganizationType.SCO, "Collège d'avant", known, null, null, null)));
    String first = newUai();
    String second = newUai();

    DirectoryImportReport report =
        importAsAdmin(
            directory(
                StandardCharsets.UTF_8,
                college(first, "Collège Un"),
                college(known, "Collège renommé"),
                college(second, "Collège Deux"),
                college("12345", "Collège Faux")));

    assertThat(report.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(report.errors()).hasSize(1);
    assertThat(report.errors().get(0).line()).isEqualTo(5);
    assertThat(report.errors().get(0).problem().refusal()).isEqualTo(Refusal.UAI_SHAPE);
    assertThat(withUai(first, second)).isEmpty();
    assertThat(em.find(Organization.class, knownId).name()).isEqualTo("Collège d'avant");
  }

  @Test
  @DisplayName("The same file imported twice: created the first time, all unchanged the second")
  void reimportChangesNothing() throws Exception {
    byte[] file =
        directory(
            StandardCharsets.UTF_8,
            college(newUai(), "Collège A"),
            college(newUai(), "Collège B"),
            college(newUai(), "Collège C"));

    DirectoryImportReport first = importAsAdmin(file);
    DirectoryImportReport second = importAsAdmin(file);

    assertThat(first.outcome()).isEqualTo(Outcome.IMPORTED);
    assertThat(List.of(first.created(), first.updated(), first.unchanged()))
        .containsExactly(3, 0, 0);
    assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
    assertThat(List.of(second.created(), second.updated(), second.unchanged()))
        .containsExactly(0, 0, 3);
  }

  @Test
  @DisplayName(
      "A known UAI is updated in place (same id, origin kept), an archived one stays archived")
  void upsertUpdatesAndNeverUnarchives() throws Exception {
    String uai = newUai();
    long id =
        asAdmin.call(
            () ->
                administration.create(
                    new OrganizationInput(
                        OrganizationType.PRO, "Ancien nom", uai, null, null, null)));
    asAdmin.call(
        () -> {
          administration.archive(id);
          return null;
        });
    String added = newUai();

    DirectoryImportReport report =
        importAsAdmin(
            directory(
                Charset.forName("ISO-8859-15"),
                college(uai, "Collège Sacré-Cœur"),
                college(added, "Collège Neuf")));

    assertThat(report.outcome()).isEqualTo(Outcome.IMPORTED);
    assertThat(report.encoding()).isEqualTo("ISO-8859-15");
    assertThat(List.of(report.created(), report.updated(), report.unchanged()))
        .containsExactly(1, 1, 0);
    Organization updated = em.find(Organization.class, id);
    assertThat(updated.name()).isEqualTo("Collège Sacré-Cœur");
    assertThat(updated.type()).isEqualTo(OrganizationType.SCO);
    assertThat(updated.town()).isEqualTo("Grenoble");
    assertThat(updated.academy()).isEqualTo("Grenoble");
    assertThat(updated.email()).isEqualTo("ce." + uai + "@ac-grenoble.fr");
    assertThat(updated.archived()).isTrue();
    assertThat(updated.source()).isEqualTo(OrganizationSource.MANUAL);
    assertThat(withUai(added))
        .extracting(Organization::source)
        .containsExactly(OrganizationSource.DIRECTORY);
  }

  @Test
  @DisplayName("A formula-like name is stored exactly as written")
  void formulaStoredAsWritten() throws Exception {
    String uai = newUai();
    importAsAdmin(
        directory(
            StandardCharsets.UTF_8,
            uai
                + ";\"=HYPERLINK(\"\"http://example.org\"\";\"\"x\"\")\";Lycée;Grenoble;Grenoble;\n"));

    assertThat(withUai(uai))
        .extracting(Organization::name)
        .containsExactly("=HYPERLINK(\"http://example.org\";\"x\")");
  }

  @Test
  @DisplayName(
      "With demo data, the sample directory was imported at start: demo schools keep their ids and members")
  void demoDirectoryImported() throws Exception {
    Organization college = withUai("0381999Z").get(0);
    long members =
        em.createQuery(
                "select count(m) from Membership m where m.organization.id = :id", Long.class)
            .setParameter("id", college.id())
            .getSingleResult();

    assertThat(college.town()).isEqualTo("Grenoble");
    assertThat(college.academy()).isEqualTo("Grenoble");
    assertThat(members).isEqualTo(2);
    assertThat(withUai("0389103N"))
        .extracting(Organization::name)
        .containsExactly("Collège Stendhal");
    assertThat(importAsAdmin(ShippedDirectory.bytes()).created()).isZero();
  }

  @Test
  @DisplayName("Only platform administrators import the directory")
  void directorIsRefused() {
    byte[] file = directory(StandardCharsets.UTF_8, college(newUai(), "Collège"));

    assertThatThrownBy(() -> asDirector.call(() -> directoryImport.importCsv(file)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> directoryImport.importCsv(file))
        .isInstanceOf(EJBAccessException.class);
  }
}
