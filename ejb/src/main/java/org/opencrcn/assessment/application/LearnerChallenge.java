package org.opencrcn.assessment.application;

import org.opencrcn.assessment.domain.answer.ProposalOrder;
import org.opencrcn.referential.application.ChallengePreview;
import org.opencrcn.referential.application.PlayableChallenge;

/**
 * A challenge as one learner sees it in any test: its proposals in that learner's own order (see
 * {@link ProposalOrder}), unless the challenge keeps the pack's order.
 */
public final class LearnerChallenge {
  private LearnerChallenge() {}

  public static ChallengePreview of(PlayableChallenge challenge, long learnerId) {
    ChallengePreview preview = challenge.preview();
    if (preview.proposals().isEmpty()) {
      return preview;
    }
    return preview.inOrder(
        ProposalOrder.forLearner(learnerId, challenge.id(), preview.proposals().size()));
  }
}
