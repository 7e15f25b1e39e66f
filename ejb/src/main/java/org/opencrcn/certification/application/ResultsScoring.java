package org.opencrcn.certification.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrcn.assessment.application.CertifiableCompetences;
import org.opencrcn.certification.domain.VerificationCode;
import org.opencrcn.certification.domain.course.AnswerResult;
import org.opencrcn.certification.domain.course.CertificationTestRecord;
import org.opencrcn.certification.domain.course.TestAlgorithm;
import org.opencrcn.certification.domain.result.CertificationResult;
import org.opencrcn.certification.domain.scoring.AbandonmentReason;
import org.opencrcn.certification.domain.scoring.CertificationScore;
import org.opencrcn.certification.domain.scoring.CompetencePosition;
import org.opencrcn.certification.domain.scoring.ResultStatus;
import org.opencrcn.certification.domain.scoring.ScoredChallenge;
import org.opencrcn.certification.domain.scoring.ScoringV2;
import org.opencrcn.certification.infrastructure.ResultRepository;

/**
 * Turns the sittings of a session into stored results (ScoringV2), at finalisation and again when a
 * challenge is neutralised. Not a service boundary: callers have checked the role and centre. The
 * levels brought in are read from the candidate's profile when scoring.
 */
@Dependent
class ResultsScoring {
  @Inject private CertificationTestRecords records;
  @Inject private CertifiableCompetences profiles;
  @Inject private ResultRepository results;
  private final VerificationCode codes = VerificationCode.secure();

  /** A result for every course of the session that began, with the centre's reasons. */
  List<CertificationResult> scoreSession(
      long sessionId, Map<Long, AbandonmentReason> reasons, Instant now) {
    return records.ofSession(sessionId).stream()
        .filter(record -> record.startedAt() != null)
        .map(
            record -> {
              CertificationResult result =
                  new CertificationResult(
                      record.courseId(),
                      record.sessionId(),
                      record.candidateId(),
                      record.accountId(),
                      reasons.get(record.courseId()));
              result.record(score(record, result.abandonmentReason()), this::freshCode, now);
              results.add(result);
              return result;
            })
        .toList();
  }

  /** Scores the result's course again (after a neutralisation). */
  void rescore(CertificationResult result, Instant now) {
    CertificationTestRecord record =
        records
            .ofCandidate(result.candidateId())
            .orElseThrow(() -> new IllegalStateException("No course " + result.courseId()));
    result.record(score(record, result.abandonmentReason()), this::freshCode, now);
  }

  private CertificationScore score(
      CertificationTestRecord record, Optional<AbandonmentReason> abandonment) {
    if (record.algorithm() != TestAlgorithm.V2) {
      // v3 (flash) results are mapped from the flash estimate, not yet written: an administrator
      // looks at them rather than the v2 table guessing.
      return new CertificationScore(ResultStatus.ERROR, 0, 0, List.of());
    }
    List<CompetencePosition> positions =
        profiles.levelsOf(record.accountId()).stream()
            .map(p -> new CompetencePosition(p.competenceCode(), p.level(), p.pix()))
            .toList();
    List<ScoredChallenge> asked =
        record.questions().stream()
            .map(q -> new ScoredChallenge(q.competenceCode(), answer(q.result()), q.neutralised()))
            .toList();
    return ScoringV2.score(positions, asked, abandonment);
  }

  private static ScoredChallenge.Answer answer(AnswerResult result) {
    return switch (result) {
      case OK -> ScoredChallenge.Answer.CORRECT;
      case UNANSWERED -> ScoredChallenge.Answer.UNANSWERED;
      default -> ScoredChallenge.Answer.WRONG;
    };
  }

  /** A code no result holds yet (a clash is unlikely: 1.1 × 10¹¹ codes). */
  private String freshCode() {
    String code = codes.draw();
    while (results.byCode(code).isPresent()) {
      code = codes.draw();
    }
    return code;
  }
}
