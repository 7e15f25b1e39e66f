package org.opencrcn.referential.domain.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The expected answer of a challenge, with the shape its type needs. */
public sealed interface Solution {

  /** QCU: the number (from 1) of the right proposal. */
  record SingleChoice(int proposal) implements Solution {}

  /** QCM: the numbers (from 1) of all the right proposals. */
  record MultipleChoice(Set<Integer> proposals) implements Solution {}

  /**
   * QROC: any of these answers is right; numeric answers compare as numbers.
   *
   * @param unit numeric only: the unit the learner may write after the number ("kWh", "°"); null
   *     when the number is given alone
   */
  record FreeText(List<String> accepted, boolean numeric, String unit) implements Solution {
    public FreeText(List<String> accepted, boolean numeric) {
      this(accepted, numeric, null);
    }
  }

  /** QROCM-ind: for each field key, its accepted answers. */
  record IndependentFields(Map<String, List<String>> acceptedByField) implements Solution {}

  /** QROCM-dep: each field's answer must match a different group. */
  record DependentFields(List<List<String>> groups) implements Solution {}
}
