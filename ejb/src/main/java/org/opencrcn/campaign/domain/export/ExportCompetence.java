package org.opencrcn.campaign.domain.export;

/**
 * A competence of the export, in the referential's order: {@code targetedSkills} is how many of its
 * skills the campaign's target profile holds (0 for a profiles collection).
 */
public record ExportCompetence(String code, String name, String areaCode, int targetedSkills) {}
