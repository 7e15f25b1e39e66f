package org.opencrcn.certification.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One candidate's sitting of the certification test (one per enrolled candidate). It remembers the
 * browser that holds it ({@code deviceToken}): another browser is refused until the supervisor
 * allows a resume, so a second device never answers in the candidate's place.
 */
@Entity
@Table(name = "certification_course")
@NamedQuery(
    name = "CertificationCourse.ofCandidate",
    query = "select c from CertificationCourse c where c.candidateId = :candidate")
@NamedQuery(
    name = "CertificationCourse.ofSession",
    query = "select c from CertificationCourse c where c.sessionId = :session order by c.id")
@NamedQuery(
    name = "CertificationCourse.ofAccount",
    query = "select c from CertificationCourse c where c.accountId = :account order by c.id")
public class CertificationCourse {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "candidate_id", nullable = false)
  private Long candidateId;

  @Column(name = "session_id", nullable = false)
  private Long sessionId;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TestAlgorithm algorithm;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CourseStatus status;

  @Column(nullable = false)
  private long seed;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  @Column(name = "admitted_at")
  private Instant admittedAt;

  @Column(name = "started_at")
  private Instant startedAt;

  private Instant deadline;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason")
  private String endReason;

  @Column(name = "device_token")
  private String deviceToken;

  @Column(name = "resume_allowed", nullable = false)
  private boolean resumeAllowed;

  @Column(name = "answered_count", nullable = false)
  private int answeredCount;

  protected CertificationCourse() {}

  public CertificationCourse(
      long candidateId,
      long sessionId,
      long accountId,
      TestAlgorithm algorithm,
      long seed,
      String deviceToken,
      Instant now) {
    this.candidateId = candidateId;
    this.sessionId = sessionId;
    this.accountId = accountId;
    this.algorithm = algorithm;
    this.seed = seed;
    this.deviceToken = deviceToken;
    this.status = CourseStatus.WAITING;
    this.joinedAt = now;
  }

  /** The supervisor lets the candidate in; a candidate already admitted or further stays so. */
  public boolean admit(Instant now) {
    if (status != CourseStatus.WAITING) {
      return false;
    }
    status = CourseStatus.ADMITTED;
    admittedAt = now;
    return true;
  }

  /** The first question is shown: the global time limit starts. */
  public void start(Instant now, Duration timeLimit) {
    status = CourseStatus.STARTED;
    startedAt = now;
    deadline = now.plus(timeLimit);
  }

  public void complete(Instant now) {
    status = CourseStatus.COMPLETED;
    endedAt = now;
  }

  public void endBySupervisor(String reason, Instant now) {
    status = CourseStatus.ENDED_BY_SUPERVISOR;
    endedAt = now;
    endReason = reason;
  }

  /** Whether this browser may play the course now; a new browser takes over an allowed resume. */
  public boolean claimBy(String token) {
    if (token.equals(deviceToken)) {
      return true;
    }
    if (deviceToken == null || resumeAllowed) {
      deviceToken = token;
      resumeAllowed = false;
      return true;
    }
    return false;
  }

  public void allowResume() {
    resumeAllowed = true;
  }

  public void answered() {
    answeredCount++;
  }

  public boolean pastDeadline(Instant now) {
    return deadline != null && !now.isBefore(deadline);
  }

  public Long id() {
    return id;
  }

  public long candidateId() {
    return candidateId;
  }

  public long sessionId() {
    return sessionId;
  }

  public long accountId() {
    return accountId;
  }

  public TestAlgorithm algorithm() {
    return algorithm;
  }

  public CourseStatus status() {
    return status;
  }

  public long seed() {
    return seed;
  }

  public Instant joinedAt() {
    return joinedAt;
  }

  public Instant admittedAt() {
    return admittedAt;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant deadline() {
    return deadline;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public String endReason() {
    return endReason;
  }

  public boolean resumeAllowed() {
    return resumeAllowed;
  }

  public int answeredCount() {
    return answeredCount;
  }
}
