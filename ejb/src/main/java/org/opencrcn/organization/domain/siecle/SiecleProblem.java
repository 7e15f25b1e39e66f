package org.opencrcn.organization.domain.siecle;

/**
 * Why a SIECLE file, or one of its pupils, is refused. Each has a translated message in the
 * screens' bundle ({@code siecle.problem.NAME}, with the detail as {0}).
 */
public enum SiecleProblem {
  // The whole file
  TOO_LARGE,
  NOT_XML,
  MALFORMED_XML,
  DTD_FORBIDDEN,
  TOO_DEEP,
  ENCODING_MISMATCH,
  UNKNOWN_ENCODING,
  NOT_SIECLE,
  UAI_MISSING,
  UAI_MISMATCH,
  NO_PUPIL,
  ZIP_INVALID,
  ZIP_NOT_ONE_FILE,
  ZIP_NOT_XML,
  ZIP_TRAVERSAL,
  ZIP_TOO_LARGE,
  CSV_MALFORMED,
  CSV_COLUMN_MISSING,
  // One pupil
  INE_MISSING,
  INE_DUPLICATED,
  FAMILY_NAME_MISSING,
  FIRST_NAME_MISSING,
  SEX_MISSING,
  SEX_INVALID,
  BIRTHDATE_MISSING,
  BIRTHDATE_INVALID,
  BIRTH_TOWN_CODE_MISSING,
  BIRTH_TOWN_MISSING,
  REQUIRED_VALUE_MISSING,
  VALUE_TOO_LONG
}
