package org.opencrcn.assessment.domain.positioning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement;

/**
 * What the engine takes as known in a test: every skill with an element written by this test, and
 * the skills validated before it (improving keeps them; after a reset there are none); and which of
 * them the latest element validates.
 */
public record TestKnowledge(
    Set<String> knownSkills, Set<String> validatedSkills, Set<String> validatedBefore) {

  /**
   * @param assessmentId the test
   * @param competenceElements the learner's elements on the test's competence, oldest first
   */
  public static TestKnowledge of(
      long assessmentId, List<StoredKnowledgeElement> competenceElements) {
    Set<String> known = new HashSet<>();
    Set<String> validatedNow = new HashSet<>();
    Map<String, KnowledgeElement> before = new HashMap<>();
    for (StoredKnowledgeElement stored : competenceElements) {
      KnowledgeElement element = stored.toElement();
      if (stored.assessmentId() != null && stored.assessmentId() == assessmentId) {
        known.add(element.skill());
        if (element.status() == KnowledgeElement.Status.VALIDATED) {
          validatedNow.add(element.skill());
        } else {
          validatedNow.remove(element.skill());
        }
      } else {
        before.put(element.skill(), element);
      }
    }
    Set<String> validatedBefore =
        before.values().stream()
            .filter(e -> e.status() == KnowledgeElement.Status.VALIDATED)
            .map(KnowledgeElement::skill)
            .collect(Collectors.toSet());
    // Elements of this test are the latest: a skill validated before and failed now is not.
    Set<String> validated = new HashSet<>(validatedNow);
    validatedBefore.stream().filter(skill -> !known.contains(skill)).forEach(validated::add);
    known.addAll(validatedBefore);
    return new TestKnowledge(known, validated, validatedBefore);
  }
}
