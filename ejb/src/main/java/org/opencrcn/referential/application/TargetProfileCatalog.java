package org.opencrcn.referential.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencrcn.referential.application.PublicReferential.ProfileView;
import org.opencrcn.referential.domain.content.TargetProfileCategory;

/**
 * Target profiles as campaigns use them: the catalogue a teacher picks from (by category, by name),
 * one profile, and the skills it targets (each tube's active skills up to its max level).
 */
@Stateless
@PermitAll
public class TargetProfileCatalog {
  @PersistenceContext private EntityManager em;
  @jakarta.inject.Inject private PublicReferential referential;

  /** A skill targeted by a profile, with its tube, competence and level. */
  public record TargetedSkill(
      String name, String tube, String tubeTitle, String competenceCode, int level)
      implements Serializable {}

  /** Active profiles of the category (null: all) whose name contains the text (null: any). */
  public List<ProfileView> search(TargetProfileCategory category, String text) {
    String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return referential.targetProfiles().stream()
        .filter(p -> category == null || p.category() == category)
        .filter(p -> needle.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(needle))
        .toList();
  }

  /** The profile if it is active. */
  public Optional<ProfileView> profile(@NotNull String profileId) {
    return referential.targetProfiles().stream().filter(p -> p.id().equals(profileId)).findFirst();
  }

  /** The profile's name, active or not (a campaign keeps its profile), or empty if unknown. */
  public Optional<String> name(@NotNull String profileId) {
    return em.createQuery(
            "select p.name from CatalogTargetProfile p where p.id = :id", String.class)
        .setParameter("id", profileId)
        .getResultStream()
        .findFirst();
  }

  /** The names of the active skills the profile targets. */
  public java.util.Set<String> targetedSkillNames(@NotNull String profileId) {
    return targetedSkills(profileId).stream()
        .map(TargetedSkill::name)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The active skills the profile targets, by competence, tube and level. */
  public List<TargetedSkill> targetedSkills(@NotNull String profileId) {
    return em.createQuery(
            "select s.name, s.tubeName, t.title, t.competenceCode, s.level"
                + " from CatalogTargetProfile p join p.tubes pt, CatalogSkill s, CatalogTube t"
                + " where p.id = :id and s.tubeName = pt.tubeName and t.name = s.tubeName"
                + " and s.active = true and s.level <= pt.maxLevel"
                + " order by t.competenceCode, s.tubeName, s.level",
            Object[].class)
        .setParameter("id", profileId)
        .getResultStream()
        .map(
            row ->
                new TargetedSkill(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    ((Number) row[4]).intValue()))
        .toList();
  }
}
