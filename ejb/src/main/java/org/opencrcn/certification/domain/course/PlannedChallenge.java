package org.opencrcn.certification.domain.course;

/** A challenge chosen for a course, with the skill it tests (what scoring reads per question). */
public record PlannedChallenge(
    String challengeId, String competenceCode, String skillName, int skillLevel) {}
