package org.opencrcn.referential.application;

/**
 * A challenge as the tests of other contexts use it: the skill it tests, its timer, what the
 * learner is shown (proposals in the pack's order) and its answer key.
 */
public record PlayableChallenge(
    String id,
    String skillName,
    Integer timerSeconds,
    ChallengePreview preview,
    AnswerKey answerKey) {}
