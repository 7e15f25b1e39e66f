package org.opencrcn.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A campaign of an organisation: its code opens it to learners until it is archived. An assessment
 * campaign names a target profile, a profiles collection none.
 */
@Entity
@Table(name = "campaign")
@NamedQuery(name = "Campaign.byCode", query = "select c from Campaign c where c.code = :code")
@NamedQuery(
    name = "Campaign.ofOrganization",
    query =
        "select c from Campaign c where c.organizationId = :organization order by c.createdAt desc, c.id desc")
public class Campaign {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organization_id", nullable = false)
  private long organizationId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "campaign_type", nullable = false)
  private CampaignType type;

  @Column(name = "target_profile_id")
  private String targetProfileId;

  @Column(name = "multiple_sendings", nullable = false)
  private boolean multipleSendings;

  @Column(name = "external_id_label")
  private String externalIdLabel;

  @Column(name = "landing_text")
  private String landingText;

  @Column(name = "owner_id", nullable = false)
  private long ownerId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "archived_at")
  private Instant archivedAt;

  protected Campaign() {}

  /**
   * @param targetProfileId required for an assessment, null for a profiles collection
   * @param multipleSendings only meaningful for a profiles collection (false otherwise)
   */
  public Campaign(
      long organizationId,
      String code,
      CampaignType type,
      String targetProfileId,
      boolean multipleSendings,
      long ownerId,
      Instant createdAt) {
    if ((type == CampaignType.ASSESSMENT) != (targetProfileId != null)) {
      throw new IllegalArgumentException("An assessment, and only it, has a target profile");
    }
    this.organizationId = organizationId;
    this.code = Objects.requireNonNull(code);
    this.type = type;
    this.targetProfileId = targetProfileId;
    this.multipleSendings = type == CampaignType.PROFILES_COLLECTION && multipleSendings;
    this.ownerId = ownerId;
    this.createdAt = createdAt;
  }

  /** The texts a teacher may change at any time. */
  public void describe(String name, String externalIdLabel, String landingText) {
    this.name = Objects.requireNonNull(name);
    this.externalIdLabel = externalIdLabel;
    this.landingText = landingText;
  }

  public void archive(Instant at) {
    if (archivedAt == null) {
      archivedAt = at;
    }
  }

  public void unarchive() {
    archivedAt = null;
  }

  public Long id() {
    return id;
  }

  public long organizationId() {
    return organizationId;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public CampaignType type() {
    return type;
  }

  public String targetProfileId() {
    return targetProfileId;
  }

  public boolean multipleSendings() {
    return multipleSendings;
  }

  public String externalIdLabel() {
    return externalIdLabel;
  }

  public String landingText() {
    return landingText;
  }

  public long ownerId() {
    return ownerId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant archivedAt() {
    return archivedAt;
  }

  public boolean archived() {
    return archivedAt != null;
  }
}
