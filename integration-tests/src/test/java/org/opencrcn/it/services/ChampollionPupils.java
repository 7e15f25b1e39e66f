package org.opencrcn.it.services;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.opencrcn.organization.domain.siecle.SiecleRecord;

/** Lycée Champollion (0382888Y, no member): pupils written straight through the import's writer. */
final class ChampollionPupils {
  static final LocalDate LEA_BIRTHDATE = LocalDate.of(2009, 3, 14);
  static final LocalDate TWINS_BIRTHDATE = LocalDate.of(2009, 6, 1);

  private ChampollionPupils() {}

  static long write(PupilsTestData writer, EntityManager em) {
    long school =
        ((Number)
                em.createNativeQuery("select id from organization where uai = '0382888Y'")
                    .getSingleResult())
            .longValue();
    writer.write(school, RECORDS, written -> {});
    return school;
  }

  /** The same pupils into another school (e.g. a fresh one of a test's own). */
  static void writeInto(PupilsTestData writer, long school) {
    writer.write(school, RECORDS, written -> {});
  }

  /** The pupils written, as the import's parser would give them. */
  static final List<SiecleRecord> RECORDS =
      List.of(
          pupil("C00000001AA", "MARTIN", "DUPONT", "Léa", "Chloé", LEA_BIRTHDATE, "2nde1"),
          pupil("C00000002BB", "DURAND", null, "Tom", null, TWINS_BIRTHDATE, "2nde2"),
          pupil("C00000003CC", "DURAND", null, "Tom", "Louis", TWINS_BIRTHDATE, "2nde2"),
          pupil("C00000004DD", "LEFÈVRE", null, "Noé", null, LEA_BIRTHDATE, "1reA"),
          pupil("C00000005EE", "ROUSSEAU", null, "Inès", null, LocalDate.of(2008, 1, 9), "1reA"));

  private static SiecleRecord pupil(
      String ine,
      String family,
      String usage,
      String first,
      String second,
      LocalDate birthdate,
      String division) {
    return new SiecleRecord(
        ine,
        family,
        usage,
        first,
        second,
        null,
        "F",
        birthdate,
        "99100",
        "038",
        "38185",
        null,
        "20010018110",
        "ST",
        division);
  }
}
