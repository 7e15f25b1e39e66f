package org.opencrcn.campaign.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencrcn.assessment.application.ProfilePositioning;
import org.opencrcn.campaign.application.CampaignViews.CompetenceResult;
import org.opencrcn.campaign.application.LearnerViews.CompetenceStep;
import org.opencrcn.campaign.domain.Rates;
import org.opencrcn.campaign.domain.TargetedSkills;
import org.opencrcn.campaign.domain.TargetedSkills.Known;
import org.opencrcn.referential.application.ReferentialCatalog;
import org.opencrcn.referential.application.TargetProfileCatalog;

/**
 * A target profile's skills from referential and the caller's knowledge from assessment, in the
 * campaign's own terms.
 */
@Dependent
public class ProfileKnowledge {
  @Inject private TargetProfileCatalog profiles;
  @Inject private ProfilePositioning tests;
  @Inject private ReferentialCatalog referential;

  public TargetedSkills targeted(String targetProfileId) {
    return new TargetedSkills(
        profiles.targetedSkills(targetProfileId).stream()
            .map(s -> new TargetedSkills.Skill(s.name(), s.tube(), s.competenceCode(), s.level()))
            .toList());
  }

  /** The caller's latest knowledge of every skill they were assessed on. */
  public Map<String, Known> latest() {
    Map<String, Known> latest = new HashMap<>();
    tests
        .latestKnowledge()
        .forEach(
            (skill, validated) ->
                latest.put(skill, validated ? Known.VALIDATED : Known.INVALIDATED));
    return latest;
  }

  /** Per competence of the profile: its test done or not, and the caller's mastery on it. */
  public List<CompetenceStep> steps(
      TargetedSkills targeted, Map<String, Known> latest, Set<String> done, Locale locale) {
    return targeted.competenceCodes().stream()
        .map(
            code -> {
              TargetedSkills ofCompetence =
                  new TargetedSkills(
                      targeted.skills().stream()
                          .filter(s -> s.competenceCode().equals(code))
                          .toList());
              TargetedSkills.Counts counts = ofCompetence.counts(latest);
              String title = referential.competenceTitle(code, locale);
              return new CompetenceStep(
                  code,
                  title,
                  done.contains(code) || counts.assessed() >= counts.targeted(),
                  new CompetenceResult(
                      code,
                      title,
                      code.substring(0, code.indexOf('.')),
                      counts.validated(),
                      counts.targeted(),
                      Rates.masteryPercent(counts.validated(), counts.targeted())));
            })
        .toList();
  }
}
