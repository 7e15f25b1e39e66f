package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.services.runas.AsColleague;
import org.opencrcn.it.services.runas.AsDirector;
import org.opencrcn.it.services.runas.AsTeacher;
import org.opencrcn.organization.application.pupils.PupilFilter;
import org.opencrcn.organization.application.pupils.PupilImports;
import org.opencrcn.organization.application.pupils.Pupils;
import org.opencrcn.shared.AccessDeniedException;

/**
 * The pupils' boundary, checked by the services: a teacher of Collège Jean Moulin never reads nor
 * imports Lycée Champollion's pupils, and importing is for the school's administrators.
 */
@ExtendWith(ArquillianExtension.class)
class PupilAccessIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(PupilAccessIT.class);
  }

  @Inject private Pupils pupils;
  @Inject private PupilImports imports;
  @Inject private PupilsTestData writer;
  @Inject private AsTeacher asTeacher;
  @Inject private AsDirector asDirector;
  @Inject private AsColleague asColleague;
  @Inject private OrgaTestData data;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  private long champollion;

  @BeforeEach
  void champollionHasPupils() {
    champollion = ChampollionPupils.write(writer, em);
  }

  @Test
  @DisplayName(
      "The import job's writer and steps, which take an organisation id and check nobody, have no EJB view: only the checked PupilImports is reachable")
  void internalStepsAreNotReachable() throws Exception {
    javax.naming.InitialContext context = new javax.naming.InitialContext();

    assertThat(context.lookup("java:app/opencrcn-ejb/PupilImports")).isNotNull();
    for (String internal : List.of("PupilImportWriter", "PupilImportSteps")) {
      assertThatThrownBy(() -> context.lookup("java:app/opencrcn-ejb/" + internal))
          .as(internal)
          .isInstanceOf(javax.naming.NamingException.class);
    }
  }

  @Test
  @DisplayName(
      "A teacher of school A cannot list, count or filter school B's pupils, nor follow its imports")
  void teacherCannotReadAnotherSchool() {
    assertThatThrownBy(
            () -> asTeacher.call(() -> pupils.page(champollion, PupilFilter.NONE, 0, 50)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asTeacher.call(() -> pupils.count(champollion, PupilFilter.NONE)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asTeacher.call(() -> pupils.divisions(champollion)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asTeacher.call(() -> imports.latest(champollion)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asTeacher.call(() -> imports.lastImportDate(champollion)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName("A teacher of school A cannot import into school B, and nothing of B changes")
  void teacherCannotImportIntoAnotherSchool() {
    long before = champollionPupils();

    assertThatThrownBy(
            () -> asTeacher.call(() -> imports.start(champollion, "eleves.xml", xml("0382888Y"))))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(champollionPupils()).isEqualTo(before);
    assertThat(
            em.createNativeQuery(
                    "select count(*) from pupil_import where organization_id = " + champollion)
                .getSingleResult())
        .isEqualTo(0L);
  }

  @Test
  @DisplayName("The director of school A is refused school B too")
  void directorCannotReachAnotherSchool() {
    assertThatThrownBy(
            () -> asDirector.call(() -> pupils.page(champollion, PupilFilter.NONE, 0, 50)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> asDirector.call(() -> imports.start(champollion, "eleves.xml", xml("0382888Y"))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName(
      "A teacher reads their own school's pupils, all of them and no other, but may not import them: that is the director's")
  void teacherReadsOwnSchoolButDoesNotImport() throws Exception {
    data.ensureTestAccounts();
    long ownSchool = data.school().id();
    data.addMember(ownSchool, AsColleague.SUBJECT, "MEMBER");
    ChampollionPupils.writeInto(writer, ownSchool);

    assertThat(asColleague.call(() -> pupils.count(ownSchool, PupilFilter.NONE)))
        .isEqualTo(ChampollionPupils.RECORDS.size());
    assertThat(asColleague.call(() -> pupils.page(ownSchool, PupilFilter.NONE, 0, 50)))
        .extracting(pupil -> pupil.familyName() + " " + pupil.firstName())
        .containsExactlyInAnyOrderElementsOf(
            ChampollionPupils.RECORDS.stream()
                .map(pupil -> pupil.familyName() + " " + pupil.firstName())
                .toList());
    assertThat(asColleague.call(() -> pupils.divisions(ownSchool)))
        .containsExactlyInAnyOrder("1reA", "2nde1", "2nde2");
    assertThatThrownBy(
            () -> asColleague.call(() -> imports.start(ownSchool, "eleves.xml", xml("9000000T"))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName("Without signing in, nobody reaches the pupils")
  void anonymousRefused() {
    assertThatThrownBy(() -> pupils.count(champollion, PupilFilter.NONE))
        .isInstanceOf(EJBAccessException.class);
  }

  private long champollionPupils() {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from pupil where active = true and organization_id = "
                        + champollion)
                .getSingleResult())
        .longValue();
  }

  private static ByteArrayInputStream xml(String uai) {
    return new ByteArrayInputStream(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><BEE_ELEVES><PARAMETRES><UAJ>"
                + uai
                + "</UAJ></PARAMETRES><DONNEES><ELEVES/><STRUCTURES/></DONNEES></BEE_ELEVES>")
            .getBytes(StandardCharsets.UTF_8));
  }
}
