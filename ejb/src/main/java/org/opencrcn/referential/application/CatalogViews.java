package org.opencrcn.referential.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.opencrcn.referential.domain.catalog.ContentCounts;

/** What the administration's content screens show. */
public final class CatalogViews {
  private CatalogViews() {}

  /** An imported pack version. */
  public record VersionView(
      String packId, String packVersion, Instant importedAt, ContentCounts counts)
      implements Serializable {}

  /** A competence and its tubes. */
  public record CompetenceNode(String code, String title, List<TubeNode> tubes)
      implements Serializable {}

  /** A tube and its skills. */
  public record TubeNode(String name, String title, boolean active, List<SkillNode> skills)
      implements Serializable {}

  /** A skill, its pix value and its challenges. */
  public record SkillNode(
      String name, int level, String pix, boolean active, List<ChallengeSummary> challenges)
      implements Serializable {}

  /** A challenge in the tree. */
  public record ChallengeSummary(String id, String type, String locale, String status)
      implements Serializable {}
}
