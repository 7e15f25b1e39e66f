package org.opencrcn.certification.domain.scoring;

/**
 * Why a test was not finished, given by the centre at finalisation. It decides the unanswered
 * challenges: the candidate's own choice counts them wrong; a technical problem, which is not the
 * candidate's doing, neutralises them.
 */
public enum AbandonmentReason {
  CANDIDATE,
  TECHNICAL
}
