package org.opencrcn.referential.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.catalog.CatalogDiscoveryTest;
import org.opencrcn.referential.domain.catalog.CatalogSkill;
import org.opencrcn.referential.domain.catalog.CatalogTargetProfile;
import org.opencrcn.referential.domain.catalog.CatalogTube;
import org.opencrcn.referential.domain.catalog.CatalogTutorial;
import org.opencrcn.referential.domain.catalog.ContentCounts;
import org.opencrcn.referential.domain.catalog.ContentFileReference;
import org.opencrcn.referential.domain.content.Challenge;
import org.opencrcn.referential.domain.content.CompetenceContent;
import org.opencrcn.referential.domain.content.ContentPack;
import org.opencrcn.referential.domain.content.DiscoveryTest;
import org.opencrcn.referential.domain.content.Pix;
import org.opencrcn.referential.domain.content.Skill;
import org.opencrcn.referential.domain.content.SkillPixValues;
import org.opencrcn.referential.domain.content.TargetProfile;
import org.opencrcn.referential.domain.content.Tolerance;
import org.opencrcn.referential.domain.content.Tube;
import org.opencrcn.referential.infrastructure.pack.ChallengeJson;

/**
 * Writes a validated pack over the stored catalogue, inside the caller's transaction: stores the
 * files its challenges name, upserts what the pack has, retires challenges and deactivates tubes,
 * skills, profiles and discovery tests it no longer has.
 */
@Dependent
class CatalogWriter {
  @PersistenceContext private EntityManager em;
  @Inject private ContentFileWriter fileWriter;

  ContentCounts write(ContentPack pack) {
    Map<String, ContentFileReference> files = fileWriter.store(pack);
    Map<String, CatalogTube> tubes = all(CatalogTube.class, CatalogTube::name);
    Map<String, CatalogSkill> skills = all(CatalogSkill.class, CatalogSkill::name);
    Map<String, CatalogChallenge> challenges = all(CatalogChallenge.class, CatalogChallenge::id);
    Set<String> seenTubes = new HashSet<>(),
        seenSkills = new HashSet<>(),
        seenChallenges = new HashSet<>();

    for (CompetenceContent competence : pack.competences()) {
      Map<String, Pix> pix = SkillPixValues.of(competence);
      for (Tube tube : competence.tubes()) {
        upsert(
            tubes,
            tube.name(),
            CatalogTube::new,
            t -> t.update(competence.competenceCode(), tube.title(), tube.description()));
        seenTubes.add(tube.name());
        for (Skill skill : tube.skills()) {
          upsert(
              skills,
              skill.name(),
              CatalogSkill::new,
              s -> s.update(tube.name(), skill.level(), pix.get(skill.name()), skill.active()));
          seenSkills.add(skill.name());
          replaceTutorials(skill);
          for (Challenge challenge :
              skill.challenges().stream().flatMap(c -> c.declinations().stream()).toList()) {
            upsert(
                challenges,
                challenge.id(),
                CatalogChallenge::new,
                c -> c.define(definition(skill, challenge, files)));
            seenChallenges.add(challenge.id());
          }
        }
      }
    }
    tubes.values().stream()
        .filter(t -> !seenTubes.contains(t.name()))
        .forEach(CatalogTube::deactivate);
    skills.values().stream()
        .filter(s -> !seenSkills.contains(s.name()))
        .forEach(CatalogSkill::deactivate);
    int retired =
        (int)
            challenges.values().stream()
                .filter(c -> !seenChallenges.contains(c.id()))
                .filter(CatalogChallenge::retire)
                .count();
    writeTargetProfiles(pack.targetProfiles());
    writeDiscoveryTests(pack.discoveryTests());
    return new ContentCounts(
        pack.competences().size(),
        seenTubes.size(),
        seenSkills.size(),
        seenChallenges.size(),
        pack.targetProfiles().size(),
        retired);
  }

  private void replaceTutorials(Skill skill) {
    em.createQuery("delete from CatalogTutorial t where t.skillName = :skill")
        .setParameter("skill", skill.name())
        .executeUpdate();
    for (int i = 0; i < skill.tutorials().size(); i++) {
      var tutorial = skill.tutorials().get(i);
      em.persist(
          new CatalogTutorial(
              skill.name(),
              i + 1,
              tutorial.title(),
              tutorial.url(),
              tutorial.format(),
              tutorial.durationMinutes()));
    }
  }

  private void writeTargetProfiles(List<TargetProfile> profiles) {
    Map<String, CatalogTargetProfile> stored =
        all(CatalogTargetProfile.class, CatalogTargetProfile::id);
    Set<String> seen = new HashSet<>();
    for (TargetProfile profile : profiles) {
      upsert(
          stored,
          profile.id(),
          CatalogTargetProfile::new,
          p ->
              p.update(
                  profile.name(),
                  profile.category(),
                  profile.description(),
                  profile.tubes().stream()
                      .map(t -> new CatalogTargetProfile.TargetedTube(t.tube(), t.maxLevel()))
                      .toList()));
      seen.add(profile.id());
    }
    stored.values().stream()
        .filter(p -> !seen.contains(p.id()))
        .forEach(CatalogTargetProfile::deactivate);
  }

  private void writeDiscoveryTests(List<DiscoveryTest> tests) {
    Map<String, CatalogDiscoveryTest> stored =
        all(CatalogDiscoveryTest.class, CatalogDiscoveryTest::id);
    Set<String> seen = new HashSet<>();
    for (DiscoveryTest test : tests) {
      upsert(
          stored,
          test.id(),
          CatalogDiscoveryTest::new,
          t -> t.update(test.title(), test.description(), test.device(), test.skills()));
      seen.add(test.id());
    }
    // Kept, not deleted: the learners' runs of a dropped test still refer to it.
    stored.values().stream()
        .filter(t -> !seen.contains(t.id()))
        .forEach(CatalogDiscoveryTest::deactivate);
  }

  private static CatalogChallenge.Definition definition(
      Skill skill, Challenge c, Map<String, ContentFileReference> files) {
    var attachment = c.attachment();
    var illustration = c.illustration();
    return new CatalogChallenge.Definition(
        skill.name(),
        c.type().code(),
        c.locale(),
        c.status(),
        c.instruction(),
        ChallengeJson.proposals(c.proposals()),
        ChallengeJson.fields(c.fields()),
        ChallengeJson.solution(c.solution()),
        c.tolerances().stream().map(Tolerance::name).sorted().collect(Collectors.joining(",")),
        c.timerSeconds(),
        attachment == null ? null : attachment.name(),
        attachment == null ? null : attachment.url(),
        attachment == null || attachment.file() == null ? null : files.get(attachment.file()),
        illustration == null ? null : illustration.url(),
        illustration == null || illustration.file() == null ? null : files.get(illustration.file()),
        illustration == null ? null : illustration.alt(),
        c.embedUrl(),
        c.focused(),
        c.accessibility() == null ? null : c.accessibility().blind(),
        c.accessibility() == null ? null : c.accessibility().colorBlind(),
        c.irt() == null ? null : c.irt().discriminant(),
        c.irt() == null ? null : c.irt().difficulty(),
        c.shuffle());
  }

  private <T> Map<String, T> all(Class<T> type, Function<T, String> key) {
    return em.createQuery("select e from " + type.getSimpleName() + " e", type)
        .getResultStream()
        .collect(Collectors.toMap(key, Function.identity()));
  }

  /**
   * Applies the pack's definition to the stored entity, creating it when new. A new entity is
   * persisted only once defined: Hibernate inserts the state it has when persist is called.
   */
  private <T> void upsert(
      Map<String, T> stored, String key, Function<String, T> create, Consumer<T> define) {
    T existing = stored.get(key);
    if (existing != null) {
      define.accept(existing);
      return;
    }
    T created = create.apply(key);
    define.accept(created);
    em.persist(created);
    stored.put(key, created);
  }
}
