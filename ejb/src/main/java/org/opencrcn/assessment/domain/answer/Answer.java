package org.opencrcn.assessment.domain.answer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a learner submitted, in the shape of the challenge's type. */
public sealed interface Answer {
  /** QCU: the number (from 1) of the chosen proposal. */
  record Choice(int proposal) implements Answer {}

  /** QCM: the numbers of the chosen proposals. */
  record Choices(Set<Integer> proposals) implements Answer {}

  /** QROC: a free text. */
  record Text(String value) implements Answer {}

  /** QROCM: the text typed in each field, by field key. */
  record Fields(Map<String, String> byField) implements Answer {}

  /** A field list in the fields' order, for QROCM-dep. */
  static List<String> values(Fields fields, List<String> keys) {
    return keys.stream().map(key -> fields.byField().getOrDefault(key, "")).toList();
  }
}
