package org.opencrcn.assessment.domain.statistics;

/**
 * What real answers say is wrong with an item: learners above its level fail it, or learners below
 * its level pass it. Judged on at least {@link ItemRules#MIN_ANSWERS} answers in the group.
 */
public enum ItemFlag {
  STRONG_LEARNERS_FAIL,
  WEAK_LEARNERS_PASS
}
