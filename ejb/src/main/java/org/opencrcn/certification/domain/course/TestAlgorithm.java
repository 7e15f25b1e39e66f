package org.opencrcn.certification.domain.course;

/**
 * How the questions of a course are chosen: V2, planned at the start (3 per certifiable
 * competence); V3, the flash algorithm, one question at a time from an ability estimate.
 */
public enum TestAlgorithm {
  V2,
  V3
}
