package org.opencrcn.certification.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrcn.assessment.application.AssessmentSettings;
import org.opencrcn.assessment.application.CertifiableCompetences;
import org.opencrcn.certification.domain.VerificationCode;
import org.opencrcn.certification.domain.course.AnswerResult;
import org.opencrcn.certification.domain.course.CertificationTestRecord;
import org.opencrcn.certification.domain.course.CertificationTestRecord.Question;
import org.opencrcn.certification.domain.course.FlashEstimate;
import org.opencrcn.certification.domain.course.TestAlgorithm;
import org.opencrcn.certification.domain.result.CertificationResult;
import org.opencrcn.certification.domain.scoring.AbandonmentReason;
import org.opencrcn.certification.domain.scoring.CertificationScore;
import org.opencrcn.certification.domain.scoring.CompetencePosition;
import org.opencrcn.certification.domain.scoring.FlashChallenge;
import org.opencrcn.certification.domain.scoring.ScoredChallenge;
import org.opencrcn.certification.domain.scoring.ScoringV2;
import org.opencrcn.certification.domain.scoring.ScoringV3;
import org.opencrcn.certification.infrastructure.CourseRepository;
import org.opencrcn.certification.infrastructure.ResultRepository;
import org.opencrcn.referential.application.ChallengeCatalog;
import org.opencrcn.referential.application.ChallengeTraits;

/**
 * Turns the sittings of a session into stored results ({@link ScoringV2}, or {@link ScoringV3} for
 * a flash test), at finalisation and again when a challenge is neutralised. Not a service boundary:
 * callers have checked the role and centre. The levels brought in are those stored when the test
 * was composed, so training after the test changes nothing.
 */
@Dependent
class ResultsScoring {
  @Inject private CertificationTestRecords records;
  @Inject private CertifiableCompetences profiles;
  @Inject private ResultRepository results;
  @Inject private CourseRepository courses;
  @Inject private ChallengeCatalog catalog;
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
    List<CompetencePosition> positions = broughtIn(record);
    if (record.algorithm() == TestAlgorithm.V3) {
      return ScoringV3.score(
          positions,
          flashChallenges(record),
          abandonment,
          CertificationSettings.flashQuestions(),
          AssessmentSettings.positioningRules().maxReachableLevel());
    }
    List<ScoredChallenge> asked = record.questions().stream().map(ResultsScoring::scored).toList();
    return ScoringV2.score(positions, asked, abandonment);
  }

  /**
   * The levels stored when the test was composed. A course that began before they were stored (none
   * written) is scored from the profile of today, as it was then.
   */
  private List<CompetencePosition> broughtIn(CertificationTestRecord record) {
    List<CompetencePosition> stored =
        courses.broughtLevels(record.courseId()).stream()
            .map(b -> new CompetencePosition(b.competenceCode(), b.level(), b.pix()))
            .toList();
    if (!stored.isEmpty()) {
      return stored;
    }
    return profiles.levelsOf(record.accountId()).stream()
        .map(p -> new CompetencePosition(p.competenceCode(), p.level(), p.pix()))
        .toList();
  }

  /** The v3 questions with the parameters the test drew them with. */
  private List<FlashChallenge> flashChallenges(CertificationTestRecord record) {
    Map<String, ChallengeTraits> traits =
        catalog.traits(record.questions().stream().map(Question::challengeId).toList());
    return record.questions().stream()
        .map(
            q -> {
              FlashEstimate.Item item =
                  FlashItems.item(
                      q.challengeId(),
                      q.competenceCode(),
                      "",
                      q.skillName(),
                      q.skillLevel(),
                      traits.get(q.challengeId()));
              return new FlashChallenge(scored(q), item.discrimination(), item.difficulty());
            })
        .toList();
  }

  private static ScoredChallenge scored(Question q) {
    return new ScoredChallenge(q.competenceCode(), answer(q.result()), q.neutralised());
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
