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

  /** QROC: any of these answers is right; numeric answers compare as numbers. */
  record FreeText(List<String> accepted, boolean numeric) implements Solution {}

  /** QROCM-ind: for each field key, its accepted answers. */
  record IndependentFields(Map<String, List<String>> acceptedByField) implements Solution {}

  /** QROCM-dep: each field's answer must match a different group. */
  record DependentFields(List<List<String>> groups) implements Solution {}
}
