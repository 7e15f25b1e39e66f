package org.opencrcn.organization.domain.siecle;

/**
 * One pupil as a SIECLE file gives it, every value raw text (null or blank when absent), before any
 * rule is checked. {@code line} is where the pupil starts in the file; {@code sourceId} is the XML
 * export's own number for the pupil ({@code ELEVE_ID}; null in the CSV template), which names a
 * pupil who has no INE.
 */
public record PupilRow(
    int line,
    String ine,
    String familyName,
    String usageName,
    String firstName,
    String secondName,
    String thirdName,
    String sex,
    String birthdate,
    String birthCountryCode,
    String birthDepartmentCode,
    String birthTownCode,
    String birthTown,
    String mefCode,
    String status,
    String division,
    String sourceId) {

  public PupilRow withDivision(String newDivision) {
    return new PupilRow(
        line,
        ine,
        familyName,
        usageName,
        firstName,
        secondName,
        thirdName,
        sex,
        birthdate,
        birthCountryCode,
        birthDepartmentCode,
        birthTownCode,
        birthTown,
        mefCode,
        status,
        newDivision,
        sourceId);
  }
}
