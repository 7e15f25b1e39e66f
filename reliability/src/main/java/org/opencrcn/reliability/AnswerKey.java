package org.opencrcn.reliability;

/** One answer as the database keys it: a test (assessment) and the challenge answered in it. */
public record AnswerKey(long assessmentId, String challengeId) {}
