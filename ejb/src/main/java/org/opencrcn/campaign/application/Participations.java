package org.opencrcn.campaign.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencrcn.assessment.application.Positioning;
import org.opencrcn.assessment.application.ProfilePositioning;
import org.opencrcn.assessment.domain.scoring.Scorecard;
import org.opencrcn.campaign.application.CampaignRefusedException.Reason;
import org.opencrcn.campaign.application.LearnerViews.CompetenceStep;
import org.opencrcn.campaign.application.LearnerViews.Landing;
import org.opencrcn.campaign.application.LearnerViews.MyCampaign;
import org.opencrcn.campaign.application.LearnerViews.MyParticipation;
import org.opencrcn.campaign.application.LearnerViews.PupilIdentity;
import org.opencrcn.campaign.domain.Campaign;
import org.opencrcn.campaign.domain.CampaignCode;
import org.opencrcn.campaign.domain.CampaignParticipation;
import org.opencrcn.campaign.domain.CampaignParticipation.CompetenceLevel;
import org.opencrcn.campaign.domain.CampaignParticipation.Participant;
import org.opencrcn.campaign.domain.CampaignType;
import org.opencrcn.campaign.domain.ParticipationStatus;
import org.opencrcn.campaign.domain.Rates;
import org.opencrcn.campaign.domain.TargetedSkills;
import org.opencrcn.campaign.infrastructure.CampaignRepository;
import org.opencrcn.campaign.infrastructure.ParticipationRepository;
import org.opencrcn.campaign.infrastructure.ResultQueries;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.identity.application.CallerDetails;
import org.opencrcn.organization.application.OrganizationCards;
import org.opencrcn.organization.application.OrganizationCards.OrganizationCard;
import org.opencrcn.organization.application.pupils.PupilReconciliation;
import org.opencrcn.organization.application.pupils.PupilReconciliation.LinkedPupil;
import org.opencrcn.organization.domain.OrganizationType;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;

/**
 * A learner's side of campaigns (docs/campaigns.md): the code leads to the landing page, joining
 * makes the participation (a school's pupil is first linked to their record), the tests limited to
 * the profile are played on the usual screens, and the results are shared with the organisation. A
 * learner only ever reaches their own participations.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class Participations {
  @Inject private CampaignRepository campaigns;
  @Inject private ParticipationRepository participations;
  @Inject private CodeAttempts attempts;
  @Inject private CallerAccount caller;
  @Inject private OrganizationCards organizations;
  @Inject private PupilReconciliation reconciliation;
  @Inject private ProfileKnowledge knowledge;
  @Inject private ProfilePositioning profileTests;
  @Inject private Positioning positioning;
  @Inject private ResultQueries totals;

  /** The campaign of this code as its landing page shows it. */
  public Landing landing(String typedCode) {
    Campaign campaign = open(typedCode);
    OrganizationCard organization = organization(campaign);
    boolean sco = organization.type() == OrganizationType.SCO;
    return new Landing(
        campaign.id(),
        campaign.code(),
        campaign.name(),
        organization.name(),
        campaign.type(),
        campaign.landingText(),
        campaign.externalIdLabel(),
        sco,
        sco && reconciliation.myPupil(organization.id()).isPresent(),
        participations.of(campaign.id(), account()).map(CampaignParticipation::id).orElse(null));
  }

  /**
   * Joins the campaign of this code; returns the participation's id.
   *
   * @param identity for a school's pupil not linked yet: what finds their record (else ignored)
   */
  public long join(String typedCode, String externalId, PupilIdentity identity) {
    Campaign campaign = open(typedCode);
    long account = account();
    if (participations.of(campaign.id(), account).isPresent()) {
      throw new CampaignRefusedException(Reason.ALREADY_PARTICIPATING);
    }
    if (campaign.externalIdLabel() != null && (externalId == null || externalId.isBlank())) {
      throw new CampaignRefusedException(Reason.EXTERNAL_ID_REQUIRED);
    }
    if (externalId != null && externalId.strip().length() > Campaigns.MAX_LABEL) {
      throw new CampaignRefusedException(Reason.TEXT_TOO_LONG);
    }
    Participant participant = participant(organization(campaign), identity);
    int targeted =
        campaign.type() == CampaignType.ASSESSMENT
            ? knowledge.targeted(campaign.targetProfileId()).count()
            : 0;
    CampaignParticipation participation =
        new CampaignParticipation(
            campaign.id(),
            account,
            participant,
            campaign.externalIdLabel() == null ? null : externalId.strip(),
            targeted,
            Instant.now());
    if (campaign.type() == CampaignType.PROFILES_COLLECTION) {
      participation.readyToSend();
    }
    return participations.add(participation).id();
  }

  /** The caller's participation, its counters brought up to date with what they know now. */
  public MyParticipation mine(long participationId, @NotNull Locale locale) {
    CampaignParticipation participation = owned(participationId);
    Campaign campaign = campaigns.findById(participation.campaignId()).orElseThrow();
    List<CompetenceStep> steps = refresh(campaign, participation, locale);
    return new MyParticipation(
        participation.id(),
        campaign.name(),
        organization(campaign).name(),
        campaign.type(),
        participation.status(),
        campaign.multipleSendings(),
        Rates.progressPercent(participation.assessedSkills(), participation.targetedSkills()),
        Rates.masteryPercent(participation.validatedSkills(), participation.targetedSkills()),
        steps,
        participation.sharedAt());
  }

  /** The caller's test on this competence of the campaign's profile, to play on the usual pages. */
  public long test(long participationId, String competenceCode, @NotNull String language) {
    CampaignParticipation participation = owned(participationId);
    Campaign campaign = campaigns.findById(participation.campaignId()).orElseThrow();
    if (campaign.type() != CampaignType.ASSESSMENT
        || !knowledge
            .targeted(campaign.targetProfileId())
            .competenceCodes()
            .contains(competenceCode)) {
      throw new AccessDeniedException("No test on " + competenceCode + " in this campaign");
    }
    if (participation.status() == ParticipationStatus.SHARED) {
      throw new CampaignRefusedException(Reason.ALREADY_SHARED);
    }
    return profileTests.start(competenceCode, campaign.targetProfileId(), language);
  }

  /**
   * Sends the results to the organisation ("J'envoie mes résultats"): refused before the end of the
   * tests, and a second time unless the campaign collects profiles with multiple sendings.
   */
  public void share(long participationId) {
    CampaignParticipation participation = owned(participationId);
    Campaign campaign = campaigns.findById(participation.campaignId()).orElseThrow();
    if (participation.status() == ParticipationStatus.SHARED && !campaign.multipleSendings()) {
      throw new CampaignRefusedException(Reason.ALREADY_SHARED);
    }
    refresh(campaign, participation, Locale.FRENCH);
    if (participation.status() == ParticipationStatus.STARTED) {
      throw new CampaignRefusedException(Reason.NOT_FINISHED);
    }
    Instant now = Instant.now();
    if (campaign.type() == CampaignType.ASSESSMENT) {
      TargetedSkills targeted = knowledge.targeted(campaign.targetProfileId());
      List<CampaignParticipation.TubeResult> tubes = targeted.tubeResults(knowledge.latest());
      participation.share(now, tubes, List.of(), participation.totalPix());
      totals.addShared(campaign.id(), tubes);
    } else {
      Map<String, Scorecard> scorecards = positioning.scorecards();
      List<CompetenceLevel> levels =
          scorecards.values().stream()
              .map(s -> new CompetenceLevel(s.competenceCode(), (int) s.pix(), s.level()))
              .toList();
      int total = levels.stream().mapToInt(CompetenceLevel::pix).sum();
      participation.share(now, List.of(), levels, total);
    }
  }

  /** "Mes parcours": the caller's campaigns, newest first. */
  public List<MyCampaign> myCampaigns() {
    return participations.ofAccount(account()).stream()
        .map(
            p -> {
              Campaign campaign = campaigns.findById(p.campaignId()).orElseThrow();
              return new MyCampaign(
                  p.id(),
                  campaign.name(),
                  campaign.code(),
                  organization(campaign).name(),
                  p.status(),
                  campaign.type() == CampaignType.ASSESSMENT
                      ? Rates.progressPercent(p.assessedSkills(), p.targetedSkills())
                      : 100,
                  p.createdAt());
            })
        .toList();
  }

  private List<CompetenceStep> refresh(
      Campaign campaign, CampaignParticipation participation, Locale locale) {
    if (campaign.type() != CampaignType.ASSESSMENT) {
      return List.of();
    }
    TargetedSkills targeted = knowledge.targeted(campaign.targetProfileId());
    Map<String, TargetedSkills.Known> latest = knowledge.latest();
    Set<String> done = profileTests.completedOn(campaign.targetProfileId());
    TargetedSkills.Counts counts = targeted.counts(latest);
    boolean finished =
        counts.assessed() >= counts.targeted() || done.containsAll(targeted.competenceCodes());
    participation.progressed(counts.assessed(), counts.validated(), finished);
    return knowledge.steps(targeted, latest, done, locale);
  }

  /** The campaign of the typed code, open to learners; unknown codes count against the caller. */
  private Campaign open(String typedCode) {
    long account = account();
    Instant now = Instant.now();
    if (attempts.exhausted(account, now)) {
      throw new CampaignRefusedException(Reason.TOO_MANY_CODE_ATTEMPTS);
    }
    Optional<Campaign> campaign = CampaignCode.normalize(typedCode).flatMap(campaigns::findByCode);
    if (campaign.isEmpty()) {
      attempts.record(account, now);
      throw new CampaignRefusedException(Reason.UNKNOWN_CODE);
    }
    if (campaign.get().archived()) {
      throw new CampaignRefusedException(Reason.ARCHIVED);
    }
    return campaign.get();
  }

  private Participant participant(OrganizationCard organization, PupilIdentity identity) {
    if (organization.type() != OrganizationType.SCO) {
      CallerDetails details =
          caller.details().orElseThrow(() -> new AccessDeniedException("No account"));
      return new Participant(null, details.firstName(), details.lastName(), null);
    }
    Optional<LinkedPupil> linked = reconciliation.myPupil(organization.id());
    if (linked.isEmpty() && identity != null) {
      try {
        reconciliation.reconcile(
            organization.id(), identity.birthdate(), identity.firstName(), identity.lastName());
      } catch (AccessDeniedException notTheirSchool) {
        throw new CampaignRefusedException(Reason.NOT_A_PUPIL_OF_THE_SCHOOL);
      }
      linked = reconciliation.myPupil(organization.id());
    }
    LinkedPupil pupil =
        linked.orElseThrow(() -> new CampaignRefusedException(Reason.PUPIL_RECORD_REQUIRED));
    return new Participant(pupil.id(), pupil.firstName(), pupil.lastName(), pupil.division());
  }

  private OrganizationCard organization(Campaign campaign) {
    return organizations.card(campaign.organizationId()).orElseThrow();
  }

  private CampaignParticipation owned(long participationId) {
    long account = account();
    return participations
        .find(participationId)
        .filter(p -> p.accountId() == account)
        .orElseThrow(
            () -> new AccessDeniedException("Not the caller's participation " + participationId));
  }

  private long account() {
    return caller.id().orElseThrow(() -> new AccessDeniedException("No account"));
  }
}
