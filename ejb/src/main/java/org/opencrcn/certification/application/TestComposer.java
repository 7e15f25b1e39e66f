package org.opencrcn.certification.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencrcn.assessment.application.CertificationProfile;
import org.opencrcn.assessment.application.CertificationProfile.CompetenceProfile;
import org.opencrcn.certification.domain.course.AskedChallenge;
import org.opencrcn.certification.domain.course.BroughtLevel;
import org.opencrcn.certification.domain.course.CertificationCourse;
import org.opencrcn.certification.domain.course.FlashEstimate;
import org.opencrcn.certification.domain.course.PlannedChallenge;
import org.opencrcn.certification.domain.course.TestComposition;
import org.opencrcn.certification.domain.course.TestComposition.ChallengeOption;
import org.opencrcn.certification.domain.course.TestComposition.CompetenceKnowledge;
import org.opencrcn.certification.domain.course.TestComposition.KnownSkill;
import org.opencrcn.certification.infrastructure.CourseRepository;
import org.opencrcn.referential.application.ChallengeCatalog;
import org.opencrcn.referential.application.ChallengeTraits;
import org.opencrcn.referential.application.ReferentialSnapshots;
import org.opencrcn.referential.domain.content.ReferentialSnapshot.SnapshotSkill;

/**
 * Chooses the questions of a course from the candidate's profile and the current content: the whole
 * v2 test when it starts, or the next v3 question each time one is needed (among the competences
 * whose levels were brought in when the test started).
 */
@Dependent
class TestComposer {
  @Inject private CertificationProfile profiles;
  @Inject private ReferentialSnapshots snapshots;
  @Inject private ChallengeCatalog catalog;
  @Inject private CourseRepository courses;

  /**
   * Reads the candidate's profile as the test starts and stores the level and pix of each
   * certifiable competence with the course: scoring reads those, whatever the learner does after.
   *
   * @return the profile, to compose the test from
   */
  Map<String, CompetenceProfile> bringLevelsIn(CertificationCourse course) {
    Map<String, CompetenceProfile> profile = profiles.of(course.accountId());
    profile.values().stream()
        .filter(p -> p.level() >= 1)
        .forEach(
            p ->
                courses.add(
                    new BroughtLevel(
                        course.id(), p.competenceCode(), p.level(), Math.toIntExact(p.pix()))));
    courses.flush();
    return profile;
  }

  /** The v2 test from the profile the levels were brought in with: every question, in order. */
  List<PlannedChallenge> v2(
      CertificationCourse course, Map<String, CompetenceProfile> profile, String locale) {
    Map<String, SnapshotSkill> skills = skillsByName();
    List<CompetenceKnowledge> knowledge = new ArrayList<>();
    profile.values().forEach(p -> knowledge.add(knowledgeOf(p, skills)));
    return TestComposition.compose(
        knowledge,
        seen(course.accountId()),
        locale,
        CertificationSettings.CONTENT_LOCALE,
        course.seed());
  }

  /**
   * The next v3 question, or null when the test has asked enough: drawn from the challenges of the
   * candidate's certifiable competences, in the content's language.
   */
  PlannedChallenge nextV3(CertificationCourse course, List<AskedChallenge> asked) {
    if (asked.size() >= CertificationSettings.flashQuestions()) {
      return null;
    }
    Set<String> certifiable =
        courses.broughtLevels(course.id()).stream()
            .map(BroughtLevel::competenceCode)
            .collect(Collectors.toSet());
    List<SnapshotSkill> pool =
        snapshots.current().skills().stream()
            .filter(s -> certifiable.contains(s.competence()))
            .toList();
    Set<String> ids = new HashSet<>();
    pool.forEach(s -> s.challenges().forEach(c -> ids.add(c.id())));
    Map<String, ChallengeTraits> traits = catalog.traits(ids);
    List<FlashEstimate.Item> items = new ArrayList<>();
    for (SnapshotSkill skill : pool) {
      skill.challenges().stream()
          .filter(c -> c.locale().equals(CertificationSettings.CONTENT_LOCALE))
          .forEach(c -> items.add(item(c.id(), skill, traits.get(c.id()))));
    }
    Map<String, FlashEstimate.Item> byId =
        items.stream()
            .collect(Collectors.toMap(FlashEstimate.Item::challengeId, i -> i, (a, b) -> a));
    List<FlashEstimate.Response> responses =
        asked.stream()
            .filter(a -> byId.containsKey(a.challengeId()))
            .map(a -> new FlashEstimate.Response(byId.get(a.challengeId()), a.result().right()))
            .toList();
    FlashEstimate.Item next =
        FlashEstimate.next(items, responses, seen(course.accountId()), course.seed());
    return next == null
        ? null
        : new PlannedChallenge(
            next.challengeId(), next.competenceCode(), next.skillName(), next.skillLevel());
  }

  private static FlashEstimate.Item item(String id, SnapshotSkill skill, ChallengeTraits traits) {
    return FlashItems.item(
        id, skill.competence(), skill.tube(), skill.name(), skill.level(), traits);
  }

  private Set<String> seen(long account) {
    Set<String> seen = new HashSet<>(profiles.answeredChallenges(account));
    seen.addAll(courses.seenInCertification(account));
    return seen;
  }

  private Map<String, SnapshotSkill> skillsByName() {
    return snapshots.current().skills().stream()
        .collect(Collectors.toMap(SnapshotSkill::name, s -> s, (a, b) -> a));
  }

  private static CompetenceKnowledge knowledgeOf(
      CompetenceProfile profile, Map<String, SnapshotSkill> skills) {
    List<KnownSkill> known =
        profile.skills().stream()
            .map(skills::get)
            .filter(java.util.Objects::nonNull)
            .map(
                s ->
                    new KnownSkill(
                        s.name(),
                        s.tube(),
                        s.level(),
                        s.challenges().stream()
                            .map(c -> new ChallengeOption(c.id(), c.locale()))
                            .toList()))
            .toList();
    return new CompetenceKnowledge(profile.competenceCode(), profile.level(), known);
  }
}
