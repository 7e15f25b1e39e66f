package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.services.runas.AsEntClassmate;
import org.opencrcn.it.services.runas.AsEntPupil;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.organization.application.pupils.PupilReconciliation;
import org.opencrcn.organization.application.pupils.ReconciliationRefusedException;
import org.opencrcn.organization.application.pupils.ReconciliationRefusedException.Reason;
import org.opencrcn.shared.AccessDeniedException;

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
  @Inject private PupilsTestData writer;
  @Inject private AsEntPupil asPupil;
  @Inject private AsEntClassmate asClassmate;
  @Inject private AsPupil asLocalPupil;
  @Inject private EntTestData entData;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  private long school;

  /** Two pupils of Lycée Champollion according to their ENT, with fresh accounts. */
  @BeforeEach
  void pupils() {
    entData.forget(List.of(AsEntPupil.SUBJECT, AsEntClassmate.SUBJECT));
    entData.entPupil(AsEntPupil.SUBJECT, "0382888Y");
    entData.entPupil(AsEntClassmate.SUBJECT, "0382888Y");
    school = ChampollionPupils.write(writer, em);
  }

  @Test
  @DisplayName(
      "A person the ENT does not call a pupil of the school (a local account, a pupil elsewhere) cannot try names and birthdates there")
  void onlyPupilsOfTheSchool() throws Exception {
    entData.entPupil(AsEntClassmate.SUBJECT, "0383777X");

    assertThatThrownBy(
            () ->
                asLocalPupil.call(
                    () ->
                        reconciliation.reconcile(
                            school, ChampollionPupils.LEA_BIRTHDATE, "Léa", "Martin")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                asClassmate.call(
                    () ->
                        reconciliation.reconcile(
                            school, ChampollionPupils.LEA_BIRTHDATE, "Léa", "Martin")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            em.createNativeQuery(
                    "select count(*) from pupil where account_id is not null and ine = 'C00000001AA'")
                .getSingleResult())
        .isEqualTo(0L);
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
            asClassmate.call(
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
            asClassmate.call(
                () ->
                    reconciliation.reconcile(
                        school, ChampollionPupils.TWINS_BIRTHDATE, "Tom", "Durand")),
        Reason.SEVERAL_MATCHES);
    assertRefused(
        () ->
            asClassmate.call(
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
