package org.opencrcn.referential.domain.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.opencrcn.referential.domain.content.ChallengeStatus;

/**
 * A challenge as imported. Never deleted: a challenge that a new pack version drops is retired
 * (périmé), so that the answers given to it keep their target. Proposals, fields and solution are
 * kept as JSON (see {@code ChallengeJson}): they are read whole, never queried.
 */
@Entity
@Cacheable
@Table(name = "challenge")
public class CatalogChallenge {
  @Id private String id;

  @Column(name = "skill_name", nullable = false)
  private String skillName;

  @Column(nullable = false)
  private String type;

  @Column(nullable = false)
  private String locale;

  @Column(nullable = false)
  private String status;

  @Column(nullable = false)
  private String instruction;

  @Column(name = "proposals_json")
  private String proposalsJson;

  @Column(name = "fields_json")
  private String fieldsJson;

  @Column(name = "solution_json", nullable = false)
  private String solutionJson;

  @Column(nullable = false)
  private String tolerances;

  @Column(name = "timer_seconds")
  private Integer timerSeconds;

  @Column(name = "attachment_name")
  private String attachmentName;

  @Column(name = "attachment_url")
  private String attachmentUrl;

  @Column(name = "illustration_url")
  private String illustrationUrl;

  @Column(name = "illustration_alt")
  private String illustrationAlt;

  @Embedded
  @AttributeOverride(name = "sha256", column = @Column(name = "attachment_file_sha256"))
  @AttributeOverride(name = "fileName", column = @Column(name = "attachment_file_name"))
  @AttributeOverride(name = "byteSize", column = @Column(name = "attachment_file_size"))
  private ContentFileReference attachmentFile;

  @Embedded
  @AttributeOverride(name = "sha256", column = @Column(name = "illustration_file_sha256"))
  @AttributeOverride(name = "fileName", column = @Column(name = "illustration_file_name"))
  @AttributeOverride(name = "byteSize", column = @Column(name = "illustration_file_size"))
  private ContentFileReference illustrationFile;

  @Column(name = "embed_url")
  private String embedUrl;

  @Column(nullable = false)
  private boolean focused;

  @Column(name = "blind_ok")
  private Boolean blindOk;

  @Column(name = "color_blind_ok")
  private Boolean colorBlindOk;

  @Column(name = "irt_discriminant")
  private Double irtDiscriminant;

  @Column(name = "irt_difficulty")
  private Double irtDifficulty;

  /** Whether each learner sees the proposals in an order of their own (QCU, QCM). */
  @Column(nullable = false)
  private boolean shuffle = true;

  protected CatalogChallenge() {}

  public CatalogChallenge(String id) {
    this.id = id;
  }

  /**
   * Everything a pack says of a challenge, in stored form. An attachment or illustration is at a
   * URL or in a stored file: one of {@code attachmentUrl} and {@code attachmentFile} is null.
   */
  public record Definition(
      String skillName,
      String type,
      String locale,
      ChallengeStatus status,
      String instruction,
      String proposalsJson,
      String fieldsJson,
      String solutionJson,
      String tolerances,
      Integer timerSeconds,
      String attachmentName,
      String attachmentUrl,
      ContentFileReference attachmentFile,
      String illustrationUrl,
      ContentFileReference illustrationFile,
      String illustrationAlt,
      String embedUrl,
      boolean focused,
      Boolean blindOk,
      Boolean colorBlindOk,
      Double irtDiscriminant,
      Double irtDifficulty,
      boolean shuffle) {}

  public void define(Definition d) {
    skillName = d.skillName();
    type = d.type();
    locale = d.locale();
    status = d.status().code();
    instruction = d.instruction();
    proposalsJson = d.proposalsJson();
    fieldsJson = d.fieldsJson();
    solutionJson = d.solutionJson();
    tolerances = d.tolerances();
    timerSeconds = d.timerSeconds();
    attachmentName = d.attachmentName();
    attachmentUrl = d.attachmentUrl();
    attachmentFile = d.attachmentFile();
    illustrationUrl = d.illustrationUrl();
    illustrationFile = d.illustrationFile();
    illustrationAlt = d.illustrationAlt();
    embedUrl = d.embedUrl();
    focused = d.focused();
    blindOk = d.blindOk();
    colorBlindOk = d.colorBlindOk();
    irtDiscriminant = d.irtDiscriminant();
    irtDifficulty = d.irtDifficulty();
    shuffle = d.shuffle();
  }

  /** Dropped by a new pack version: kept, never played again. Returns whether it was playable. */
  public boolean retire() {
    boolean wasPlayable = status().playable();
    status = ChallengeStatus.OBSOLETE.code();
    return wasPlayable;
  }

  public String id() {
    return id;
  }

  public String skillName() {
    return skillName;
  }

  public String type() {
    return type;
  }

  public String locale() {
    return locale;
  }

  public ChallengeStatus status() {
    return ChallengeStatus.ofCode(status).orElseThrow();
  }

  public String instruction() {
    return instruction;
  }

  public String proposalsJson() {
    return proposalsJson;
  }

  public String fieldsJson() {
    return fieldsJson;
  }

  public String solutionJson() {
    return solutionJson;
  }

  /** The enabled answer treatments, e.g. "T1,T2,T3" (empty: exact match). */
  public String tolerances() {
    return tolerances;
  }

  public Integer timerSeconds() {
    return timerSeconds;
  }

  public String attachmentName() {
    return attachmentName;
  }

  public String attachmentUrl() {
    return attachmentUrl;
  }

  public ContentFileReference attachmentFile() {
    return attachmentFile;
  }

  public ContentFileReference illustrationFile() {
    return illustrationFile;
  }

  public String illustrationUrl() {
    return illustrationUrl;
  }

  public boolean shuffle() {
    return shuffle;
  }

  public String illustrationAlt() {
    return illustrationAlt;
  }

  public boolean focused() {
    return focused;
  }

  public Double irtDiscriminant() {
    return irtDiscriminant;
  }

  public Double irtDifficulty() {
    return irtDifficulty;
  }
}
