package org.opencrcn.organization.domain.siecle;

/**
 * One pupil as a SIECLE file gives it, every value raw text (null or blank when absent), before any
 * rule is checked. {@code line} is where the pupil starts in the file.
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
    String division) {

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
        newDivision);
  }
}
