package org.opencrcn.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person enrolled in a session, with the identity they must give to join it. A pupil of a SCO
 * centre's school keeps the id of their record (so they are enrolled once) and of their account,
 * when linked (for eligibility).
 */
@Entity
@Table(name = "certification_candidate")
@NamedQuery(
    name = "Candidate.ofSession",
    query =
        "select c from Candidate c where c.sessionId = :session"
            + " order by c.familyName, c.firstName, c.id")
@NamedQuery(
    name = "Candidate.countStarted",
    query =
        "select count(c) from Candidate c where c.sessionId = :session and c.startedAt is not null")
public class Candidate {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "session_id", nullable = false)
  private Long sessionId;

  @Column(name = "pupil_id")
  private Long pupilId;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "family_name", nullable = false)
  private String familyName;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  private String sex;

  @Column(nullable = false)
  private java.time.LocalDate birthdate;

  @Column(name = "birth_town")
  private String birthTown;

  @Column(name = "birth_department")
  private String birthDepartment;

  @Column(name = "birth_country")
  private String birthCountry;

  @Column(name = "external_id")
  private String externalId;

  @Column(name = "extra_time_percent", nullable = false)
  private int extraTimePercent;

  @Column(name = "result_recipient_email")
  private String resultRecipientEmail;

  @Column(name = "started_at")
  private Instant startedAt;

  protected Candidate() {}

  public Candidate(long sessionId, CandidateIdentity identity, Long pupilId, Long accountId) {
    this.sessionId = sessionId;
    this.pupilId = pupilId;
    this.accountId = accountId;
    this.familyName = identity.familyName();
    this.firstName = identity.firstName();
    this.sex = identity.sex();
    this.birthdate = identity.birthdate();
    this.birthTown = identity.birthTown();
    this.birthDepartment = identity.birthDepartment();
    this.birthCountry = identity.birthCountry();
    this.externalId = identity.externalId();
    this.extraTimePercent = identity.extraTimePercent();
    this.resultRecipientEmail = identity.resultRecipientEmail();
  }

  /** New identity of a candidate typed by the centre (a pupil's comes from their record). */
  public void describeAs(CandidateIdentity identity) {
    if (pupilId != null) {
      throw new SessionRefusedException(SessionRefusedException.Reason.NOT_TYPED);
    }
    this.familyName = identity.familyName();
    this.firstName = identity.firstName();
    this.sex = identity.sex();
    this.birthdate = identity.birthdate();
    this.birthTown = identity.birthTown();
    this.birthDepartment = identity.birthDepartment();
    this.birthCountry = identity.birthCountry();
    this.externalId = identity.externalId();
    this.extraTimePercent = identity.extraTimePercent();
    this.resultRecipientEmail = identity.resultRecipientEmail();
  }

  public CandidateIdentity identity() {
    return new CandidateIdentity(
        familyName,
        firstName,
        sex,
        birthdate,
        birthTown,
        birthDepartment,
        birthCountry,
        externalId,
        extraTimePercent,
        resultRecipientEmail);
  }

  public Long id() {
    return id;
  }

  public Long sessionId() {
    return sessionId;
  }

  public Long pupilId() {
    return pupilId;
  }

  public Long accountId() {
    return accountId;
  }

  public boolean started() {
    return startedAt != null;
  }

  /** The account that joined the session as this candidate, for a candidate typed by the centre. */
  public void linkAccount(long account) {
    if (accountId == null) {
      accountId = account;
    }
  }

  /** The first question is shown: the session counts as started from now on. */
  public void begin(Instant now) {
    if (startedAt == null) {
      startedAt = now;
    }
  }
}
