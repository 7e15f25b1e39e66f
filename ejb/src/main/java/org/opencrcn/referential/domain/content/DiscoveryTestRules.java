package org.opencrcn.referential.domain.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the discovery tests of a pack must respect: unique ids fit for an address, a known device,
 * and skills that exist, each once, with a challenge a French learner can be asked.
 */
final class DiscoveryTestRules {
  static final String FILE = "discovery-tests.yaml";
  // The id goes into the learner's addresses and the catalogue (VARCHAR(100)).
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
  // Discovery tests are played in French, the platform's default language.
  private static final String LOCALE = "fr";

  private final ContentPackValidator.ErrorSink sink;
  private final Map<String, Skill> skills = new HashMap<>();
  private final Map<String, String> ids = new HashMap<>();

  DiscoveryTestRules(ContentPack pack, ContentPackValidator.ErrorSink sink) {
    this.sink = sink;
    pack.competences().stream()
        .flatMap(competence -> competence.tubes().stream())
        .flatMap(tube -> tube.skills().stream())
        .forEach(skill -> skills.putIfAbsent(skill.name(), skill));
  }

  void check(List<DiscoveryTest> tests) {
    for (int i = 0; i < tests.size(); i++) {
      check(tests.get(i), "discoveryTests[" + (i + 1) + "]");
    }
  }

  private void check(DiscoveryTest test, String position) {
    if (test.id() != null) {
      if (!ID.matcher(test.id()).matches()) {
        sink.error(position, "discoveryTest.id", test.id());
      }
      String other = ids.putIfAbsent(test.id(), position);
      if (other != null) {
        sink.error(position, "discoveryTest.duplicate", test.id(), other);
      }
    }
    if (test.skills().isEmpty()) {
      sink.error(position, "discoveryTest.noSkill");
    }
    Set<String> listed = new HashSet<>();
    for (int s = 0; s < test.skills().size(); s++) {
      String name = test.skills().get(s);
      String at = position + " › skills[" + (s + 1) + "]";
      Skill skill = skills.get(name);
      if (skill == null) {
        sink.error(at, "discoveryTest.unknownSkill", name);
      } else if (!playableInFrench(skill)) {
        sink.error(at, "discoveryTest.noFrenchChallenge", name);
      }
      if (!listed.add(name)) {
        sink.error(at, "discoveryTest.duplicateSkill", name);
      }
    }
  }

  private static boolean playableInFrench(Skill skill) {
    return skill.challenges().stream()
        .anyMatch(c -> c.status() != null && c.status().playable() && LOCALE.equals(c.locale()));
  }
}
