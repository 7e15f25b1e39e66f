package org.opencrcn.assessment.domain.answer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The order a learner sees a QCU's or QCM's proposals in: a shuffle drawn from the learner and the
 * challenge alone, so that it is the same on every reload and resume, and another for the next
 * learner. Proposals keep their identity (their number in the pack, from 1): the learner's choice
 * is recorded and checked by that number, whatever the position it was shown at.
 */
public final class ProposalOrder {
  private ProposalOrder() {}

  /**
   * The proposal numbers (from 1) in display order for this learner: a uniform random permutation
   * (Fisher–Yates) of 1..{@code count}.
   */
  public static List<Integer> forLearner(long learnerId, String challengeId, int count) {
    SplittableRandom random = new SplittableRandom(seed(learnerId, challengeId));
    List<Integer> order = new ArrayList<>(IntStream.rangeClosed(1, count).boxed().toList());
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      order.set(j, order.set(i, order.get(j)));
    }
    return order;
  }

  /**
   * A seed mixing the learner and every character of the challenge id (FNV-1a, then the
   * SplittableRandom's own mixing): stable across servers and versions, unlike a hash code that
   * could change.
   */
  static long seed(long learnerId, String challengeId) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : challengeId.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return hash ^ (learnerId * 0x9e3779b97f4a7c15L);
  }
}
