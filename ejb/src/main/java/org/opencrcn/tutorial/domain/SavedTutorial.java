package org.opencrcn.tutorial.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A tutorial a learner saved: at most once per learner and address (a database constraint too),
 * whatever skill recommended it. The details are a copy taken when saved, so that the tutorial
 * stays in "Mes tutos" even if a later content version drops it.
 */
@Entity
@Table(name = "saved_tutorial")
@NamedQuery(
    name = "SavedTutorial.findByAccount",
    query =
        "select s from SavedTutorial s where s.accountId = :account order by s.savedAt desc, s.id desc")
@NamedQuery(
    name = "SavedTutorial.findByAccountAndUrl",
    query = "select s from SavedTutorial s where s.accountId = :account and s.url = :url")
public class SavedTutorial {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(nullable = false, length = 2000)
  private String url;

  /** The skill the tutorial was recommended for when it was saved. */
  @Column(name = "skill_name", nullable = false, length = 70)
  private String skillName;

  @Embedded private TutorialDetails details;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected SavedTutorial() {}

  public SavedTutorial(
      long accountId, String url, String skillName, TutorialDetails details, Instant savedAt) {
    this.accountId = accountId;
    this.url = url;
    this.skillName = skillName;
    this.details = details;
    this.savedAt = savedAt;
  }

  public boolean belongsTo(long account) {
    return accountId == account;
  }

  public Long id() {
    return id;
  }

  public String url() {
    return url;
  }

  public String skillName() {
    return skillName;
  }

  public TutorialDetails details() {
    return details;
  }

  public Instant savedAt() {
    return savedAt;
  }
}
