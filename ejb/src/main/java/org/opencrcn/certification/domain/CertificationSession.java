package org.opencrcn.certification.domain;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A certification session of a centre. Its number is its id; its access code and supervisor
 * password are drawn once, at creation. It can be changed until it starts (its time comes or a
 * candidate begins).
 */
@Entity
@Table(name = "certification_session")
@NamedQuery(
    name = "CertificationSession.ofCentre",
    query =
        "select s from CertificationSession s where s.centreId = :centre"
            + " order by s.date desc, s.startTime desc, s.id desc")
@NamedQuery(
    name = "CertificationSession.demo",
    query = "select s from CertificationSession s where s.demo = true order by s.date, s.id")
@NamedQuery(
    name = "CertificationSession.countAccessCode",
    query = "select count(s) from CertificationSession s where s.accessCode = :code")
public class CertificationSession {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "centre_id", nullable = false)
  private Long centreId;

  private String name;

  @Column(nullable = false)
  private String site;

  @Column(nullable = false)
  private String room;

  @Column(name = "session_date", nullable = false)
  private LocalDate date;

  @Column(name = "start_time", nullable = false)
  private LocalTime startTime;

  @Column(nullable = false)
  private String supervisor;

  private String observation;

  @Column(name = "access_code", nullable = false, length = 6)
  private String accessCode;

  @Column(name = "supervisor_password", nullable = false, length = 6)
  private String supervisorPassword;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SessionStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "examiner_comment", length = 500)
  private String examinerComment;

  @Column(name = "finalised_at")
  private Instant finalisedAt;

  @Column(name = "needs_review", nullable = false)
  private boolean needsReview;

  @Column(name = "review_comment", length = 1000)
  private String reviewComment;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** A demonstration's session (db/demo): the only kind a demonstration's start-up re-dates. */
  @Column(nullable = false)
  private boolean demo;

  protected CertificationSession() {}

  public CertificationSession(
      long centreId,
      SessionDetails details,
      String accessCode,
      String supervisorPassword,
      Instant createdAt) {
    this.centreId = centreId;
    this.accessCode = accessCode;
    this.supervisorPassword = supervisorPassword;
    this.status = SessionStatus.CREATED;
    this.createdAt = createdAt;
    apply(details);
  }

  /** New details, checked by the caller against the session having started. */
  public void apply(SessionDetails details) {
    this.name = details.name();
    this.site = details.site();
    this.room = details.room();
    this.date = details.date();
    this.startTime = details.startTime();
    this.supervisor = details.supervisor();
    this.observation = details.observation();
  }

  /**
   * A demonstration's session moved to another day (its codes and candidates kept), so that the
   * demo can be tried on the day it runs. Checked by the caller: only a demo session nobody joined.
   */
  public void redateDemo(LocalDate day) {
    this.date = day;
  }

  /** Marks a session made for the demonstration (never one a centre planned). */
  public void markDemo() {
    this.demo = true;
  }

  public boolean demo() {
    return demo;
  }

  /** Its time has come (a candidate having begun is checked by the caller, who knows them). */
  public boolean timeHasCome(LocalDateTime now) {
    return !date.atTime(startTime).isAfter(now);
  }

  public SessionDetails details() {
    return new SessionDetails(name, site, room, date, startTime, supervisor, observation);
  }

  public Long id() {
    return id;
  }

  public Long centreId() {
    return centreId;
  }

  public String accessCode() {
    return accessCode;
  }

  public String supervisorPassword() {
    return supervisorPassword;
  }

  public SessionStatus storedStatus() {
    return status;
  }

  public LocalDate date() {
    return date;
  }

  /**
   * Finalised by the centre, and at once processed: the caller computes the results in the same
   * transaction. Checked by the caller: only a created session is finalised.
   */
  public void finalise(String comment, boolean reviewNeeded, Instant now) {
    this.examinerComment = comment;
    this.finalisedAt = now;
    this.needsReview = reviewNeeded;
    this.status = SessionStatus.PROCESSED;
  }

  /** Results shown to candidates, the school and the verification page from now on. */
  public void publish(Instant now) {
    this.status = SessionStatus.PUBLISHED;
    this.publishedAt = now;
  }

  public void reviewComment(String comment) {
    this.reviewComment = comment;
  }

  public String examinerComment() {
    return examinerComment;
  }

  public Instant finalisedAt() {
    return finalisedAt;
  }

  public boolean needsReview() {
    return needsReview;
  }

  public String reviewComment() {
    return reviewComment;
  }

  public Instant publishedAt() {
    return publishedAt;
  }
}
