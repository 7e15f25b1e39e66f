package org.opencrcn.certification.domain.scoring;

/**
 * The level and pix a candidate brought into the test in one competence (their positioning profile
 * when the test was composed): what the test validates, downgrades or invalidates.
 */
public record CompetencePosition(String competenceCode, int level, int pix) {}
