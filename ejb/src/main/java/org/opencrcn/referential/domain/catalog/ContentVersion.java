package org.opencrcn.referential.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One imported pack version: when, by whom, and how much content it carried. */
@Entity
@Table(name = "content_version")
@NamedQuery(
    name = "ContentVersion.newestFirst",
    query = "select v from ContentVersion v order by v.id desc")
public class ContentVersion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "pack_id", nullable = false)
  private String packId;

  @Column(name = "pack_version", nullable = false)
  private String packVersion;

  @Column(nullable = false)
  private String checksum;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(name = "imported_by", nullable = false)
  private String importedBy;

  private int competences;
  private int tubes;
  private int skills;
  private int challenges;

  @Column(name = "target_profiles")
  private int targetProfiles;

  private int retired;

  protected ContentVersion() {}

  public ContentVersion(
      String packId,
      String packVersion,
      String checksum,
      Instant importedAt,
      String importedBy,
      ContentCounts counts) {
    this.packId = packId;
    this.packVersion = packVersion;
    this.checksum = checksum;
    this.importedAt = importedAt;
    this.importedBy = importedBy;
    this.competences = counts.competences();
    this.tubes = counts.tubes();
    this.skills = counts.skills();
    this.challenges = counts.challenges();
    this.targetProfiles = counts.targetProfiles();
    this.retired = counts.retired();
  }

  public String checksum() {
    return checksum;
  }

  public String packId() {
    return packId;
  }

  public String packVersion() {
    return packVersion;
  }

  public Instant importedAt() {
    return importedAt;
  }

  public ContentCounts counts() {
    return new ContentCounts(competences, tubes, skills, challenges, targetProfiles, retired);
  }
}
