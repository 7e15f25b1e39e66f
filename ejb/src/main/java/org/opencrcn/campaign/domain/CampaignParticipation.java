package org.opencrcn.campaign.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A learner's participation in a campaign: at most one per learner and campaign. The counters
 * follow the learner's knowledge while they work; the results per tube (assessment) or per
 * competence (profiles collection) are written when they share, and only shared results reach the
 * organisation.
 */
@Entity
@Table(name = "campaign_participation")
@NamedQuery(
    name = "CampaignParticipation.of",
    query =
        "select p from CampaignParticipation p where p.campaignId = :campaign and p.accountId = :account")
@NamedQuery(
    name = "CampaignParticipation.ofAccount",
    query =
        "select p from CampaignParticipation p where p.accountId = :account order by p.createdAt desc")
public class CampaignParticipation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private long campaignId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "pupil_id")
  private Long pupilId;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  private String division;

  @Column(name = "external_id")
  private String externalId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ParticipationStatus status;

  @Column(name = "targeted_skills", nullable = false)
  private int targetedSkills;

  @Column(name = "assessed_skills", nullable = false)
  private int assessedSkills;

  @Column(name = "validated_skills", nullable = false)
  private int validatedSkills;

  @Column(name = "total_pix")
  private Integer totalPix;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "shared_at")
  private Instant sharedAt;

  @ElementCollection
  @CollectionTable(
      name = "campaign_participation_tube",
      joinColumns = @JoinColumn(name = "participation_id"))
  private List<TubeResult> tubes = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "campaign_participation_competence",
      joinColumns = @JoinColumn(name = "participation_id"))
  private List<CompetenceLevel> competences = new ArrayList<>();

  /** What a shared assessment validated in one targeted tube. */
  @Embeddable
  public record TubeResult(
      @Column(name = "tube_name") String tubeName,
      @Column(name = "competence_code") String competenceCode,
      @Column(name = "targeted_skills") int targetedSkills,
      @Column(name = "validated_skills") int validatedSkills,
      @Column(name = "reached_level") int reachedLevel) {}

  /** A competence of a sent profile. */
  @Embeddable
  public record CompetenceLevel(
      @Column(name = "competence_code") String competenceCode,
      @Column(name = "pix") int pix,
      @Column(name = "pix_level") int level) {}

  protected CampaignParticipation() {}

  /** The participant as the organisation will list them (their pupil record's names if any). */
  public CampaignParticipation(
      long campaignId,
      long accountId,
      Participant participant,
      String externalId,
      int targetedSkills,
      Instant createdAt) {
    this.campaignId = campaignId;
    this.accountId = accountId;
    this.pupilId = participant.pupilId();
    this.firstName = Objects.requireNonNull(participant.firstName());
    this.lastName = Objects.requireNonNull(participant.lastName());
    this.division = participant.division();
    this.externalId = externalId;
    this.targetedSkills = targetedSkills;
    this.status = ParticipationStatus.STARTED;
    this.createdAt = createdAt;
  }

  /** Who takes part: the names and class shown to the organisation. */
  public record Participant(Long pupilId, String firstName, String lastName, String division) {}

  /**
   * The learner's knowledge on the targeted skills now; once {@code finished} (every test of the
   * profile done) the results may be shared. Shared results no longer move.
   */
  public void progressed(int assessed, int validated, boolean finished) {
    if (status == ParticipationStatus.SHARED) {
      return;
    }
    this.assessedSkills = assessed;
    this.validatedSkills = validated;
    this.status = finished ? ParticipationStatus.TO_SHARE : ParticipationStatus.STARTED;
  }

  /** A profiles collection is ready to send as soon as it is joined. */
  public void readyToSend() {
    if (status == ParticipationStatus.STARTED) {
      status = ParticipationStatus.TO_SHARE;
    }
  }

  /**
   * Sends the results (the service has checked {@link #mayShare} first): a new sending replaces the
   * former results.
   */
  public void share(
      Instant at, List<TubeResult> tubeResults, List<CompetenceLevel> levels, Integer pix) {
    if (status == ParticipationStatus.STARTED) {
      throw new IllegalStateException("Participation " + id + " is not finished");
    }
    this.tubes.clear();
    this.tubes.addAll(tubeResults);
    this.competences.clear();
    this.competences.addAll(levels);
    this.totalPix = pix;
    this.status = ParticipationStatus.SHARED;
    this.sharedAt = at;
  }

  public Long id() {
    return id;
  }

  public long campaignId() {
    return campaignId;
  }

  public long accountId() {
    return accountId;
  }

  public Long pupilId() {
    return pupilId;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String division() {
    return division;
  }

  public String externalId() {
    return externalId;
  }

  public ParticipationStatus status() {
    return status;
  }

  public int targetedSkills() {
    return targetedSkills;
  }

  public int assessedSkills() {
    return assessedSkills;
  }

  public int validatedSkills() {
    return validatedSkills;
  }

  public Integer totalPix() {
    return totalPix;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sharedAt() {
    return sharedAt;
  }

  public List<TubeResult> tubes() {
    return List.copyOf(tubes);
  }

  public List<CompetenceLevel> competences() {
    return List.copyOf(competences);
  }
}
