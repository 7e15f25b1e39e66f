package org.opencrcn.organization.domain;

import java.io.Serializable;

/** A refusal and its detail (the value in fault, the expected letter, the other line...), or "". */
public record Problem(Refusal refusal, String detail) implements Serializable {
  public Problem {
    detail = detail == null ? "" : detail;
  }

  public static Problem of(Refusal refusal) {
    return new Problem(refusal, "");
  }
}
