package org.opencrcn.certification.domain;

import java.io.Serializable;

/**
 * A problem on one line of a candidates file: the line number (the header is line 1), what is wrong
 * (a translated message per problem, {@code certif.csv.PROBLEM}) and the value found.
 */
public record CandidateLineIssue(int line, Problem problem, String value) implements Serializable {

  /** What can be wrong with a line. */
  public enum Problem {
    /** The header is not the template's. */
    BAD_HEADER,
    /** The file has no candidate. */
    EMPTY,
    /** Birth name or first name missing. */
    MISSING_NAME,
    /** Sex is neither M nor F. */
    BAD_SEX,
    /** Birthdate missing or not jj/mm/aaaa. */
    BAD_BIRTHDATE,
    /** Birthdate in the future. */
    BIRTHDATE_IN_THE_FUTURE,
    /** Extra time not a whole number from 0 to 999. */
    BAD_EXTRA_TIME,
    /** The result recipient's address is not an e-mail address. */
    BAD_EMAIL,
    /** The same person (names and birthdate) twice in the file. */
    DUPLICATE_IN_FILE,
    /** The person is already a candidate of the session. */
    ALREADY_ENROLLED,
    /** Sessions file: site, room or supervisor missing. */
    SESSION_FIELD_MISSING,
    /** Sessions file: the session date is missing or not jj/mm/aaaa. */
    BAD_SESSION_DATE,
    /** Sessions file: the start time is missing or not hh:mm. */
    BAD_SESSION_TIME,
    /** Sessions file: the session's date and time are already past. */
    SESSION_IN_THE_PAST
  }
}
