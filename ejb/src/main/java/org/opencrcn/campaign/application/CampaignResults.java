package org.opencrcn.campaign.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencrcn.campaign.application.CampaignViews.CompetenceResult;
import org.opencrcn.campaign.application.CampaignViews.ParticipantRow;
import org.opencrcn.campaign.application.CampaignViews.TubeRecommendation;
import org.opencrcn.campaign.domain.Campaign;
import org.opencrcn.campaign.domain.CampaignParticipation;
import org.opencrcn.campaign.domain.ParticipationStatus;
import org.opencrcn.campaign.domain.Rates;
import org.opencrcn.campaign.domain.Recommendation;
import org.opencrcn.campaign.infrastructure.ParticipationRepository;
import org.opencrcn.campaign.infrastructure.ParticipationRepository.Filter;
import org.opencrcn.campaign.infrastructure.ResultQueries;
import org.opencrcn.referential.application.AreaOverview;
import org.opencrcn.referential.application.ReferentialCatalog;
import org.opencrcn.referential.application.TargetProfileCatalog;
import org.opencrcn.referential.application.TargetProfileCatalog.TargetedSkill;
import org.opencrcn.shared.Roles;

/**
 * What a campaign's organisation reads of its participants: the list (paged and filtered by the
 * database), one participant's results, the collective results per competence and area, and the
 * analysis per tube. Only shared results count in the results and analysis. Every method checks the
 * caller's membership and that the campaign is the organisation's.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class CampaignResults {
  public static final int MAX_PAGE = 100;

  @Inject private CampaignAccess access;
  @Inject private ParticipationRepository participations;
  @Inject private ResultQueries queries;
  @Inject private TargetProfileCatalog profiles;
  @Inject private ReferentialCatalog referential;

  /** Filters of the participants tab: class, status, part of a name; null for any. */
  public record ParticipantFilter(String division, ParticipationStatus status, String name)
      implements java.io.Serializable {
    Filter toFilter() {
      return new Filter(division, status, name);
    }
  }

  public long count(long organizationId, long campaignId, @NotNull ParticipantFilter filter) {
    check(organizationId, campaignId);
    return participations.count(campaignId, filter.toFilter());
  }

  public List<ParticipantRow> page(
      long organizationId,
      long campaignId,
      @NotNull ParticipantFilter filter,
      int first,
      int size) {
    check(organizationId, campaignId);
    return participations
        .page(campaignId, filter.toFilter(), Math.max(0, first), Math.min(MAX_PAGE, size))
        .stream()
        .map(CampaignResults::row)
        .toList();
  }

  public List<String> divisions(long organizationId, long campaignId) {
    check(organizationId, campaignId);
    return participations.divisions(campaignId);
  }

  /** One participant: their line, and their shared results per competence (empty until shared). */
  public record ParticipantResults(ParticipantRow participant, List<CompetenceResult> competences)
      implements java.io.Serializable {}

  public ParticipantResults participant(
      long organizationId, long campaignId, long participationId, @NotNull Locale locale) {
    check(organizationId, campaignId);
    CampaignParticipation participation =
        participations
            .find(participationId)
            .filter(p -> p.campaignId() == campaignId)
            .orElseThrow(
                () ->
                    new org.opencrcn.shared.AccessDeniedException(
                        "No participation " + participationId + " in campaign " + campaignId));
    Map<String, String> titles = competenceTitles(locale);
    List<CompetenceResult> competences =
        participation.status() != ParticipationStatus.SHARED
            ? List.of()
            : participation.tubes().stream()
                .collect(
                    Collectors.groupingBy(
                        CampaignParticipation.TubeResult::competenceCode,
                        java.util.TreeMap::new,
                        Collectors.toList()))
                .entrySet()
                .stream()
                .map(
                    e -> {
                      int targeted =
                          e.getValue().stream()
                              .mapToInt(CampaignParticipation.TubeResult::targetedSkills)
                              .sum();
                      int validated =
                          e.getValue().stream()
                              .mapToInt(CampaignParticipation.TubeResult::validatedSkills)
                              .sum();
                      return result(e.getKey(), titles, 1, targeted, validated);
                    })
                .toList();
    return new ParticipantResults(row(participation), competences);
  }

  /** Per competence, over the shared participations: average validated skills and mastery. */
  public List<CompetenceResult> byCompetence(
      long organizationId, long campaignId, @NotNull Locale locale) {
    check(organizationId, campaignId);
    Map<String, String> titles = competenceTitles(locale);
    return queries.byCompetence(campaignId).stream()
        .map(s -> result(s.key(), titles, s.participants(), s.targeted(), s.validated()))
        .toList();
  }

  /** Per area, over the shared participations (the competences' sums added up). */
  public List<CompetenceResult> byArea(
      long organizationId, long campaignId, @NotNull Locale locale) {
    check(organizationId, campaignId);
    Map<String, String> areaTitles =
        referential.overview(locale).stream()
            .collect(Collectors.toMap(AreaOverview::code, AreaOverview::title));
    Map<String, long[]> sums = new LinkedHashMap<>();
    for (ResultQueries.Sums s : queries.byCompetence(campaignId)) {
      long[] area = sums.computeIfAbsent(area(s.key()), a -> new long[3]);
      area[0] = Math.max(area[0], s.participants());
      area[1] += s.targeted();
      area[2] += s.validated();
    }
    List<CompetenceResult> areas = new ArrayList<>();
    sums.forEach((code, s) -> areas.add(result(code, areaTitles, s[0], s[1], s[2])));
    return areas;
  }

  /**
   * The analysis: each targeted tube with its recommendation score, the highest first ("points à
   * renforcer").
   */
  public List<TubeRecommendation> analysis(
      long organizationId, long campaignId, @NotNull Locale locale) {
    Campaign campaign = check(organizationId, campaignId);
    if (campaign.targetProfileId() == null) {
      return List.of();
    }
    List<TargetedSkill> skills = profiles.targetedSkills(campaign.targetProfileId());
    Map<String, Integer> tubeMax =
        skills.stream()
            .collect(Collectors.toMap(TargetedSkill::tube, TargetedSkill::level, Math::max));
    Map<String, String> tubeTitles =
        skills.stream()
            .collect(Collectors.toMap(TargetedSkill::tube, TargetedSkill::tubeTitle, (a, b) -> a));
    int profileMax = tubeMax.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    Map<String, String> titles = competenceTitles(locale);
    return queries.byTube(campaignId).stream()
        .filter(t -> tubeMax.containsKey(t.tubeName()))
        .map(
            t -> {
              double average = t.participants() == 0 ? 0 : (double) t.reached() / t.participants();
              int max = tubeMax.get(t.tubeName());
              return new TubeRecommendation(
                  t.tubeName(),
                  tubeTitles.get(t.tubeName()),
                  t.competenceCode(),
                  titles.getOrDefault(t.competenceCode(), t.competenceCode()),
                  max,
                  Math.round(average * 10) / 10.0,
                  Recommendation.score(average, max, profileMax));
            })
        .sorted(
            Comparator.comparingDouble(TubeRecommendation::score)
                .reversed()
                .thenComparing(TubeRecommendation::tubeName))
        .toList();
  }

  static ParticipantRow row(CampaignParticipation p) {
    boolean shared = p.status() == ParticipationStatus.SHARED;
    return new ParticipantRow(
        p.id(),
        p.firstName(),
        p.lastName(),
        p.division(),
        p.externalId(),
        p.status(),
        p.targetedSkills() == 0
            ? (p.status() == ParticipationStatus.STARTED ? 0 : 100)
            : Rates.progressPercent(p.assessedSkills(), p.targetedSkills()),
        shared && p.targetedSkills() > 0
            ? Rates.masteryPercent(p.validatedSkills(), p.targetedSkills())
            : null,
        p.totalPix(),
        p.createdAt(),
        p.sharedAt());
  }

  private Campaign check(long organizationId, long campaignId) {
    access.member(organizationId);
    return access.campaign(organizationId, campaignId);
  }

  private Map<String, String> competenceTitles(Locale locale) {
    return referential.overview(locale).stream()
        .flatMap(area -> area.competences().stream())
        .collect(
            Collectors.toMap(
                AreaOverview.CompetenceOverview::code, AreaOverview.CompetenceOverview::title));
  }

  private static String area(String competenceCode) {
    int dot = competenceCode.indexOf('.');
    return dot < 0 ? competenceCode : competenceCode.substring(0, dot);
  }

  private static CompetenceResult result(
      String code, Map<String, String> titles, long participants, long targeted, long validated) {
    long count = Math.max(1, participants);
    return new CompetenceResult(
        code,
        titles.getOrDefault(code, code),
        area(code),
        Math.round(validated * 10.0 / count) / 10.0,
        (int) (targeted / count),
        Rates.percent(validated, targeted));
  }
}
