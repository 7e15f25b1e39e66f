package org.opencrcn.organization.domain.siecle;

import java.time.LocalDate;

/**
 * A pupil that passed every rule, ready to be stored: trimmed values (blank ones null), sex M or F,
 * the birth country as a 5-digit INSEE code (99100 for France). Names are kept exactly as written,
 * formula-like text included: they are data, neutralised only when exported to a spreadsheet.
 */
public record SiecleRecord(
    String ine,
    String familyName,
    String usageName,
    String firstName,
    String secondName,
    String thirdName,
    String sex,
    LocalDate birthdate,
    String birthCountryCode,
    String birthDepartmentCode,
    String birthTownCode,
    String birthTown,
    String mefCode,
    String status,
    String division) {}
