package org.opencrcn.organization.domain;

import java.io.Serializable;

/**
 * Why a line of the directory (line 1 is the header) or the whole file (line 0) is refused, with
 * the UAI as written on that line ("" when there is none).
 */
public record DirectoryError(long line, String uai, Problem problem) implements Serializable {
  public static DirectoryError ofFile(Problem problem) {
    return new DirectoryError(0, "", problem);
  }
}
