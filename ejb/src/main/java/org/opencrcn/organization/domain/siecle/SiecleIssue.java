package org.opencrcn.organization.domain.siecle;

/**
 * A problem found in a SIECLE file: at a line (0 for the file as a whole), for a pupil's INE when
 * known, with a detail (a value, a column name) that the message shows.
 */
public record SiecleIssue(int line, String ine, SiecleProblem problem, String detail) {

  public static SiecleIssue ofFile(SiecleProblem problem, String detail) {
    return new SiecleIssue(0, null, problem, detail);
  }
}
