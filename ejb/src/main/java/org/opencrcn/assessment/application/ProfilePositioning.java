package org.opencrcn.assessment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencrcn.assessment.domain.positioning.Assessment;
import org.opencrcn.assessment.domain.positioning.StoredKnowledgeElement;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement;
import org.opencrcn.assessment.infrastructure.PositioningRepository;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;

/**
 * Positioning tests limited to a target profile, for campaigns: one per competence of the profile,
 * played on the usual question screens. Their answers make knowledge elements of the learner like
 * any test's (they enrich the learner's profile), but they never decide a competence's scorecard.
 * Assessment knows the profile, not the campaign.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class ProfilePositioning {
  private static final SecureRandom SEEDS = new SecureRandom();

  @Inject private PositioningRepository tests;
  @Inject private CallerAccount caller;

  /** The caller's test on the competence limited to the profile: the latest one, or a new one. */
  public long start(
      @NotBlank String competenceCode, @NotBlank String targetProfileId, @NotBlank String locale) {
    long account = account();
    return tests.testsOnProfile(account, targetProfileId).stream()
        .filter(test -> test.competenceCode().equals(competenceCode))
        .max(Comparator.comparing(Assessment::id))
        .orElseGet(
            () ->
                tests.add(
                    new Assessment(
                            account, competenceCode, SEEDS.nextLong(), locale, false, Instant.now())
                        .limitedTo(targetProfileId)))
        .id();
  }

  /** The competences whose test limited to the profile the caller has finished. */
  public Set<String> completedOn(@NotBlank String targetProfileId) {
    return tests.testsOnProfile(account(), targetProfileId).stream()
        .filter(test -> test.state() == Assessment.State.COMPLETED)
        .map(Assessment::competenceCode)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The caller's latest knowledge of each skill they were ever assessed on: true when validated. A
   * skill reset since is left out (it counts as never assessed).
   */
  public Map<String, Boolean> latestKnowledge() {
    List<StoredKnowledgeElement> elements = tests.elementsOf(account());
    Map<String, Boolean> latest = new HashMap<>();
    // Oldest first: a later element of a skill replaces the earlier one.
    for (StoredKnowledgeElement stored : elements) {
      KnowledgeElement element = stored.toElement();
      if (element.status() == KnowledgeElement.Status.RESET) {
        latest.remove(element.skill());
      } else {
        latest.put(element.skill(), element.status() == KnowledgeElement.Status.VALIDATED);
      }
    }
    return latest;
  }

  private long account() {
    return caller.id().orElseThrow(() -> new AccessDeniedException("No account"));
  }
}
