package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.it.services.runas.AsTeacher;
import org.opencrcn.referential.application.ContentImport;
import org.opencrcn.referential.application.ImportReport;
import org.opencrcn.referential.application.ReferentialSnapshots;
import org.opencrcn.referential.application.ShippedPack;

/** Importing content packs: all or nothing, idempotent, upgrades that retire and never delete. */
@ExtendWith(ArquillianExtension.class)
class ContentImportIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(ContentImportIT.class);
  }

  @Inject private ContentImport contentImport;
  @Inject private ReferentialSnapshots snapshots;
  @Inject private AsPlatformAdmin asAdmin;
  @Inject private AsTeacher asTeacher;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  @AfterEach
  void restoreShippedContent() throws Exception {
    asAdmin.call(() -> contentImport.importPack(ShippedPack.files()));
  }

  private ImportReport importAsAdmin(java.util.Map<String, byte[]> files) throws Exception {
    return asAdmin.call(() -> contentImport.importPack(files));
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }

  private String statusOf(String challengeId) {
    return (String)
        em.createNativeQuery("select status from challenge where id = ?1")
            .setParameter(1, challengeId)
            .getSingleResult();
  }

  @Test
  @DisplayName("A pack with an error is refused whole: every error listed, nothing changed")
  void brokenPackChangesNothing() throws Exception {
    importAsAdmin(SmallPack.version1());
    long versions = count("select count(v) from ContentVersion v");
    long challenges = count("select count(c) from CatalogChallenge c");

    ImportReport report = importAsAdmin(SmallPack.broken());

    assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REFUSED);
    assertThat(report.errors())
        .extracting(e -> e.key())
        .containsExactly("solution.proposalOutOfRange");
    assertThat(report.errors().get(0).file()).isEqualTo("competences/1.1.yaml");
    assertThat(count("select count(v) from ContentVersion v")).isEqualTo(versions);
    assertThat(count("select count(c) from CatalogChallenge c")).isEqualTo(challenges);
  }

  @Test
  @DisplayName("Importing the same pack again changes nothing")
  void reimportIsIdempotent() throws Exception {
    ImportReport first = importAsAdmin(SmallPack.version1());
    long versions = count("select count(v) from ContentVersion v");

    ImportReport second = importAsAdmin(SmallPack.version1());

    assertThat(first.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
    assertThat(first.counts().challenges()).isEqualTo(3);
    assertThat(second.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
    assertThat(count("select count(v) from ContentVersion v")).isEqualTo(versions);
  }

  @Test
  @DisplayName(
      "A new version retires the challenges it drops, never deletes them, and the snapshot follows")
  void upgradeRetiresChallenges() throws Exception {
    importAsAdmin(SmallPack.version1());

    ImportReport upgrade = importAsAdmin(SmallPack.version2());

    assertThat(upgrade.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
    assertThat(upgrade.counts().retired()).isEqualTo(1);
    assertThat(statusOf("it-1-b")).isEqualTo("périmé");
    assertThat(statusOf("it-2-b")).isEqualTo("validé");
    var snapshot = snapshots.current();
    assertThat(snapshot.packVersion()).isEqualTo("2");
    assertThat(snapshot.skills().stream().flatMap(s -> s.challenges().stream()).map(c -> c.id()))
        .contains("it-2-b")
        .doesNotContain("it-1-b");
  }

  @Test
  @DisplayName("Pix values are computed at import: two active skills, one per level, worth 4 each")
  void pixValuesAreComputed() throws Exception {
    importAsAdmin(SmallPack.version1());

    Object[] pix =
        (Object[])
            em.createNativeQuery(
                    "select pix_numerator, pix_denominator from skill where name = '@itrecherche1'")
                .getSingleResult();

    assertThat(((Number) pix[0]).longValue()).isEqualTo(4);
    assertThat(((Number) pix[1]).longValue()).isEqualTo(1);
  }

  @Test
  @DisplayName("Only platform administrators import content")
  void teachersCannotImport() {
    assertThatThrownBy(() -> asTeacher.call(() -> contentImport.importPack(SmallPack.version1())))
        .isInstanceOf(EJBAccessException.class);
  }
}
