package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.it.services.runas.AsTeacher;
import org.opencrcn.organization.application.pupils.PupilImportWriter;
import org.opencrcn.organization.application.pupils.PupilReconciliation;
import org.opencrcn.organization.application.pupils.ReconciliationRefusedException;
import org.opencrcn.organization.application.pupils.ReconciliationRefusedException.Reason;

/**
 * A signed-in person linked to their pupil record (docs/rules.md §6), and each refusal with its
 * reason.
 */
@ExtendWith(ArquillianExtension.class)
class PupilReconciliationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(PupilReconciliationIT.class);
  }

  @Inject private PupilReconciliation reconciliation;
  @Inject private PupilImportWriter writer;
  @Inject private AsPupil asPupil;
  @Inject private AsTeacher asTeacher;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  private long school;

  @BeforeEach
  void pupils() {
    school = ChampollionPupils.write(writer, em);
  }

  @Test
  @DisplayName(
      "The pupil is linked to the one record with their birthdate and names, typed loosely; again is the same")
  void links() throws Exception {
    long linked =
        asPupil.call(
            () ->
                reconciliation.reconcile(school, ChampollionPupils.LEA_BIRTHDATE, "lea", "Dupont"));
    long again =
        asPupil.call(
            () ->
                reconciliation.reconcile(
                    school, ChampollionPupils.LEA_BIRTHDATE, "Chloe", "Martn"));

    assertThat(again).isEqualTo(linked);
    assertThat(asPupil.call(() -> reconciliation.myRecord(school))).contains(linked);
    assertThat(em.createNativeQuery("select ine from pupil where id = " + linked).getSingleResult())
        .isEqualTo("C00000001AA");
  }

  @Test
  @DisplayName("A record already linked to someone else is refused to another account")
  void recordAlreadyLinked() throws Exception {
    asPupil.call(
        () -> reconciliation.reconcile(school, ChampollionPupils.LEA_BIRTHDATE, "Léa", "Martin"));

    assertRefused(
        () ->
            asTeacher.call(
                () ->
                    reconciliation.reconcile(
                        school, ChampollionPupils.LEA_BIRTHDATE, "Léa", "Martin")),
        Reason.RECORD_LINKED_TO_ANOTHER_ACCOUNT);
  }

  @Test
  @DisplayName("A person already linked to a record of the school cannot take a second one")
  void callerAlreadyLinked() throws Exception {
    asPupil.call(
        () -> reconciliation.reconcile(school, ChampollionPupils.LEA_BIRTHDATE, "Léa", "Martin"));

    assertRefused(
        () ->
            asPupil.call(
                () ->
                    reconciliation.reconcile(
                        school, ChampollionPupils.LEA_BIRTHDATE, "Noé", "Lefèvre")),
        Reason.ACCOUNT_LINKED_TO_ANOTHER_RECORD);
  }

  @Test
  @DisplayName(
      "Two records matching alike are ambiguous; nobody matching is no match; nothing is linked")
  void ambiguousOrNone() {
    assertRefused(
        () ->
            asTeacher.call(
                () ->
                    reconciliation.reconcile(
                        school, ChampollionPupils.TWINS_BIRTHDATE, "Tom", "Durand")),
        Reason.SEVERAL_MATCHES);
    assertRefused(
        () ->
            asTeacher.call(
                () ->
                    reconciliation.reconcile(
                        school, ChampollionPupils.TWINS_BIRTHDATE, "Inès", "Rousseau")),
        Reason.NO_MATCH);
    assertThat(
            em.createNativeQuery(
                    "select count(*) from pupil where account_id is not null and ine in ('C00000002BB', 'C00000003CC')")
                .getSingleResult())
        .isEqualTo(0L);
  }

  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ReconciliationRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
