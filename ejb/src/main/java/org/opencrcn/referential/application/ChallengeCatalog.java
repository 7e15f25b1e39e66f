package org.opencrcn.referential.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.infrastructure.pack.ChallengeJson;

/**
 * The catalogue's challenges as other contexts see them (records, never the stored entity or its
 * JSON). Retired challenges are included: a test started before a new content version still plays
 * and checks them.
 */
@ApplicationScoped
public class ChallengeCatalog {
  @PersistenceContext private EntityManager em;

  /** The challenge with that id, or empty when the catalogue never had it. */
  public Optional<PlayableChallenge> challenge(String id) {
    return Optional.ofNullable(em.find(CatalogChallenge.class, id))
        .map(
            c ->
                new PlayableChallenge(
                    c.id(),
                    c.skillName(),
                    c.timerSeconds(),
                    ChallengePreview.of(c),
                    AnswerKey.of(c)));
  }

  /** The ids of every challenge of the skill in that language, retired ones included. */
  public List<String> idsOf(String skillName, String locale) {
    return em.createQuery(
            "select c.id from CatalogChallenge c where c.skillName = :skill and c.locale = :locale",
            String.class)
        .setParameter("skill", skillName)
        .setParameter("locale", locale)
        .getResultList();
  }

  /** What item statistics show of these challenges, by id; ids the catalogue lacks are left out. */
  public Map<String, ChallengeFacts> facts(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select c.id, c.skillName, s.level, c.type, c.proposalsJson"
                + " from CatalogChallenge c, CatalogSkill s where s.name = c.skillName"
                + " and c.id in :ids",
            Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .map(
            row ->
                new ChallengeFacts(
                    (String) row[0],
                    (String) row[1],
                    ((Number) row[2]).intValue(),
                    (String) row[3],
                    row[4] == null ? List.of() : ChallengeJson.readProposals((String) row[4])))
        .collect(Collectors.toMap(ChallengeFacts::id, facts -> facts));
  }

  /** Focus and IRT parameters of these challenges, by id; ids the catalogue lacks are left out. */
  public Map<String, ChallengeTraits> traits(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select c from CatalogChallenge c where c.id in :ids", CatalogChallenge.class)
        .setParameter("ids", ids)
        .getResultStream()
        .map(c -> new ChallengeTraits(c.id(), c.focused(), c.irtDiscriminant(), c.irtDifficulty()))
        .collect(Collectors.toMap(ChallengeTraits::id, traits -> traits));
  }
}
