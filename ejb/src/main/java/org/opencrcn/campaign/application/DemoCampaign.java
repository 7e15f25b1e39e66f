package org.opencrcn.campaign.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.opencrcn.campaign.domain.Campaign;
import org.opencrcn.campaign.domain.CampaignParticipation;
import org.opencrcn.campaign.domain.CampaignParticipation.Participant;
import org.opencrcn.campaign.domain.CampaignType;
import org.opencrcn.campaign.domain.TargetedSkills;
import org.opencrcn.campaign.domain.TargetedSkills.Known;
import org.opencrcn.campaign.infrastructure.CampaignRepository;
import org.opencrcn.campaign.infrastructure.DemoLookups;
import org.opencrcn.campaign.infrastructure.ParticipationRepository;
import org.opencrcn.campaign.infrastructure.ResultQueries;
import org.opencrcn.shared.Settings;

/**
 * The demonstration's campaign (./run.sh, the tests' server): the demo teacher {@code enseignant}'s
 * assessment of Collège Jean Moulin on the profile {@code clg-information-donnees}, code {@value
 * #CODE}, with four pupils (the accounts {@code demo-campagne-*} of the demo data, which have no
 * Keycloak login): three have shared their results, one has started. So that a teacher who signs in
 * sees participants, collective results and an analysis without playing a pupil first.
 *
 * <p>Made once, after the content import (the profile's skills come from the content), and only
 * with demo data on; a start that finds the code already there changes nothing. The shared results
 * are written as a real sharing writes them: frozen per tube on the participation and added to the
 * campaign's tube totals.
 */
@Singleton
@Startup
@DependsOn("StartupContent")
@PermitAll
public class DemoCampaign {
  static final String CODE = "RENTRE234";
  static final String PROFILE = "clg-information-donnees";
  private static final String SCHOOL_UAI = "0381999Z";
  private static final String TEACHER = "6f0c1c2e-0002-4a5b-9c1d-000000000002";
  private static final Logger LOG = Logger.getLogger(DemoCampaign.class.getName());

  /**
   * A demo pupil: their account's subject, names and class, and how far they got: every targeted
   * skill up to {@code masteredLevel} validated and the ones above invalidated; {@code shared}
   * false leaves them half-way through.
   */
  private record DemoPupil(
      String subject,
      String firstName,
      String lastName,
      String division,
      int masteredLevel,
      boolean shared) {}

  private static final List<DemoPupil> PUPILS =
      List.of(
          new DemoPupil("demo-campagne-0001", "Camille", "Petit", "4A", 3, true),
          new DemoPupil("demo-campagne-0002", "Yanis", "Moreau", "4A", 1, true),
          new DemoPupil("demo-campagne-0003", "Jade", "Lambert", "4B", 2, true),
          new DemoPupil("demo-campagne-0004", "Nathan", "Girard", "4B", 2, false));

  @Inject private CampaignRepository campaigns;
  @Inject private ParticipationRepository participations;
  @Inject private ResultQueries totals;
  @Inject private ProfileKnowledge knowledge;
  @Inject private DemoLookups lookups;

  @PostConstruct
  void createOnce() {
    if (!Settings.demoData() || campaigns.findByCode(CODE).isPresent()) {
      return;
    }
    Optional<Long> school = lookups.organizationByUai(SCHOOL_UAI);
    Optional<Long> teacher = lookups.accountBySubject(TEACHER);
    TargetedSkills targeted = knowledge.targeted(PROFILE);
    if (school.isEmpty() || teacher.isEmpty() || targeted.count() == 0) {
      LOG.warning(
          "Demo campaign " + CODE + " not made: the demo school, teacher or profile is missing");
      return;
    }
    Instant now = Instant.now();
    Campaign campaign =
        new Campaign(
            school.get(),
            CODE,
            CampaignType.ASSESSMENT,
            PROFILE,
            false,
            teacher.get(),
            now.minus(Duration.ofDays(14)));
    campaign.describe(
        "Évaluation de rentrée — 4e",
        null,
        "Bonjour ! Réponds sans chercher sur internet : on fait le point sur ce que tu sais déjà.");
    long id = campaigns.add(campaign).id();
    Map<String, String> competenceByTube = new TreeMap<>();
    targeted.skills().forEach(s -> competenceByTube.putIfAbsent(s.tube(), s.competenceCode()));
    totals.openTubes(id, competenceByTube);
    for (int i = 0; i < PUPILS.size(); i++) {
      participate(id, targeted, PUPILS.get(i), now.minus(Duration.ofDays(13 - i)));
    }
    LOG.info("Demo campaign " + CODE + " made with " + PUPILS.size() + " participants");
  }

  private void participate(long campaignId, TargetedSkills targeted, DemoPupil pupil, Instant at) {
    Optional<Long> account = lookups.accountBySubject(pupil.subject());
    if (account.isEmpty()) {
      LOG.warning("Demo campaign " + CODE + ": no account " + pupil.subject());
      return;
    }
    CampaignParticipation participation =
        participations.add(
            new CampaignParticipation(
                campaignId,
                account.get(),
                new Participant(null, pupil.firstName(), pupil.lastName(), pupil.division()),
                null,
                targeted.count(),
                at));
    Map<String, Known> known = new HashMap<>();
    for (TargetedSkills.Skill skill : targeted.skills()) {
      // The pupil still at work has only met the lower levels so far.
      if (pupil.shared() || skill.level() <= pupil.masteredLevel()) {
        known.put(
            skill.name(),
            skill.level() <= pupil.masteredLevel() ? Known.VALIDATED : Known.INVALIDATED);
      }
    }
    TargetedSkills.Counts counts = targeted.counts(known);
    participation.progressed(counts.assessed(), counts.validated(), pupil.shared());
    if (pupil.shared()) {
      List<CampaignParticipation.TubeResult> tubes = targeted.tubeResults(known);
      participation.share(at.plus(Duration.ofMinutes(35)), tubes, List.of(), null);
      totals.addShared(campaignId, tubes);
    }
  }
}
