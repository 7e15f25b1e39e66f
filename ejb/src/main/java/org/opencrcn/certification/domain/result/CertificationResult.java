package org.opencrcn.certification.domain.result;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.opencrcn.certification.domain.scoring.AbandonmentReason;
import org.opencrcn.certification.domain.scoring.CertificationScore;
import org.opencrcn.certification.domain.scoring.CompetenceMark;
import org.opencrcn.certification.domain.scoring.ResultStatus;

/**
 * The result of one course: the score of its answers, the centre's abandonment reason, and for a
 * validated result the verification code printed on the certificate. The code is drawn the first
 * time the result is validated and kept if it is scored again, so a printed certificate stays
 * valid.
 */
@Entity
@Table(name = "certification_result")
@NamedQuery(
    name = "CertificationResult.ofSession",
    query = "select r from CertificationResult r where r.sessionId = :session order by r.id")
@NamedQuery(
    name = "CertificationResult.ofAccount",
    query = "select r from CertificationResult r where r.accountId = :account order by r.id desc")
@NamedQuery(
    name = "CertificationResult.byCode",
    query = "select r from CertificationResult r where r.verificationCode = :code")
public class CertificationResult {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "course_id", nullable = false)
  private long courseId;

  @Column(name = "session_id", nullable = false)
  private long sessionId;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "abandonment_reason", length = 16)
  private AbandonmentReason abandonmentReason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ResultStatus status;

  @Column(name = "correct_answers", nullable = false)
  private int correct;

  @Column(name = "counted_challenges", nullable = false)
  private int counted;

  @Column(name = "total_pix", nullable = false)
  private int totalPix;

  @Column(name = "verification_code", length = 10)
  private String verificationCode;

  @Column(name = "computed_at", nullable = false)
  private Instant computedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "certification_competence_result",
      joinColumns = @JoinColumn(name = "result_id"))
  private List<StoredMark> marks = new ArrayList<>();

  protected CertificationResult() {}

  public CertificationResult(
      long courseId,
      long sessionId,
      long candidateId,
      long accountId,
      AbandonmentReason abandonmentReason) {
    this.courseId = courseId;
    this.sessionId = sessionId;
    this.candidateId = candidateId;
    this.accountId = accountId;
    this.abandonmentReason = abandonmentReason;
  }

  /** Keeps a new score; draws a code (from {@code codes}) the first time it is validated. */
  public void record(CertificationScore score, Supplier<String> codes, Instant now) {
    this.status = score.status();
    this.correct = score.correct();
    this.counted = score.counted();
    this.totalPix = score.totalPix();
    this.marks.clear();
    score.marks().forEach(m -> marks.add(new StoredMark(m)));
    this.computedAt = now;
    if (status == ResultStatus.VALIDATED && verificationCode == null) {
      this.verificationCode = codes.get();
    }
  }

  public Long id() {
    return id;
  }

  public long courseId() {
    return courseId;
  }

  public long sessionId() {
    return sessionId;
  }

  public long candidateId() {
    return candidateId;
  }

  public long accountId() {
    return accountId;
  }

  public Optional<AbandonmentReason> abandonmentReason() {
    return Optional.ofNullable(abandonmentReason);
  }

  public ResultStatus status() {
    return status;
  }

  public int correct() {
    return correct;
  }

  public int counted() {
    return counted;
  }

  public int totalPix() {
    return totalPix;
  }

  /** The code of a result that has been validated once, else empty. */
  public Optional<String> verificationCode() {
    return Optional.ofNullable(verificationCode);
  }

  public List<CompetenceMark> marks() {
    return marks.stream()
        .map(StoredMark::mark)
        .sorted(Comparator.comparing(CompetenceMark::competenceCode))
        .toList();
  }

  public CertificationScore score() {
    return new CertificationScore(status, correct, counted, marks());
  }
}
