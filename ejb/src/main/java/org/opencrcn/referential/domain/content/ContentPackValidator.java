package org.opencrcn.referential.domain.content;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a whole pack must follow (docs/content-pack.md, "What the validator checks") beyond the
 * shape of each file: identifiers, levels, playable skills, solutions, references (discovery tests:
 * {@link DiscoveryTestRules}).
 */
public final class ContentPackValidator {
  private static final Pattern TUBE_NAME = Pattern.compile("[a-z0-9]+");
  private static final Set<String> TUTORIAL_FORMATS =
      Set.of("page", "video", "audio", "pdf", "game", "other");

  private final Set<String> knownCompetences;

  public ContentPackValidator(Set<String> knownCompetences) {
    this.knownCompetences = knownCompetences;
  }

  public List<ContentError> validate(ContentPack pack) {
    Run run = new Run(pack);
    pack.competences().forEach(run::competence);
    for (int i = 0; i < pack.targetProfiles().size(); i++) {
      run.targetProfile(pack.targetProfiles().get(i), "targetProfiles[" + (i + 1) + "]");
    }
    new DiscoveryTestRules(
            pack,
            (position, key, args) ->
                run.errors.add(new ContentError(DiscoveryTestRules.FILE, position, key, args)))
        .check(pack.discoveryTests());
    return run.errors;
  }

  /** One validation pass: the identifiers seen so far and the errors found. */
  private final class Run {
    private final ContentPack pack;
    private final List<ContentError> errors = new ArrayList<>();
    private final Map<String, String> competenceFiles = new HashMap<>();
    private final Map<String, String> tubes = new HashMap<>();
    private final Map<String, String> challenges = new HashMap<>();
    private final Map<String, String> profiles = new HashMap<>();
    private final PackFileRules fileRules;
    private String file;

    Run(ContentPack pack) {
      this.pack = pack;
      this.fileRules = new PackFileRules(pack, this::error);
    }

    private void error(String position, String key, Object... args) {
      errors.add(new ContentError(file, position, key, args));
    }

    void competence(CompetenceContent competence) {
      file = competence.file();
      String code = competence.competenceCode();
      if (code != null) {
        if (!knownCompetences.contains(code)) {
          error("competence", "competence.unknown", code);
        } else if (!file.equals("competences/" + code + ".yaml")
            && !file.equals("competences/" + code + ".yml")) {
          error("competence", "competence.fileName", code, file);
        }
        String other = competenceFiles.putIfAbsent(code, file);
        if (other != null) {
          error("competence", "competence.duplicate", code, other);
        }
      }
      for (int t = 0; t < competence.tubes().size(); t++) {
        tube(competence.tubes().get(t), "tubes[" + (t + 1) + "]");
      }
    }

    private void tube(Tube tube, String position) {
      if (tube.name() != null) {
        if (!TUBE_NAME.matcher(tube.name()).matches()) {
          error(position, "tube.name", tube.name());
        }
        String other = tubes.putIfAbsent(tube.name(), file + ", " + position);
        if (other != null) {
          error(position, "tube.duplicate", tube.name(), other);
        }
      }
      if (tube.skills().isEmpty()) {
        error(position, "tube.empty", tube.name());
      }
      Set<Integer> levels = new HashSet<>();
      for (int s = 0; s < tube.skills().size(); s++) {
        Skill skill = tube.skills().get(s);
        String at = position + " › skills[" + (s + 1) + "]";
        if (skill.level() < 1 || skill.level() > 8) {
          error(at, "skill.level", skill.level());
        } else if (!levels.add(skill.level())) {
          error(at, "skill.duplicateLevel", tube.name(), skill.level());
        }
        skill(skill, at);
      }
    }

    private void skill(Skill skill, String position) {
      if (!skill.active()) {
        error(position, "skill.noPlayableChallenge", skill.name());
      }
      if (skill.tutorials().isEmpty()) {
        error(position, "skill.noTutorial", skill.name());
      }
      for (int i = 0; i < skill.tutorials().size(); i++) {
        tutorial(skill.tutorials().get(i), position + " › tutorials[" + (i + 1) + "]");
      }
      for (int c = 0; c < skill.challenges().size(); c++) {
        challenge(skill.challenges().get(c), position + " › challenges[" + (c + 1) + "]");
      }
    }

    private void tutorial(Tutorial tutorial, String position) {
      url(tutorial.url(), position);
      if (!TUTORIAL_FORMATS.contains(tutorial.format())) {
        error(position, "tutorial.format", tutorial.format());
      }
      if (tutorial.durationMinutes() <= 0) {
        error(position, "tutorial.duration", tutorial.durationMinutes());
      }
    }

    private void challenge(Challenge challenge, String position) {
      if (challenge.id() != null) {
        String other = challenges.putIfAbsent(challenge.id(), file + ", " + position);
        if (other != null) {
          error(position, "challenge.duplicate", challenge.id(), other);
        }
      }
      if (challenge.locale() != null && !pack.locales().contains(challenge.locale())) {
        error(position, "challenge.locale", challenge.locale(), pack.locales());
      }
      if (challenge.timerSeconds() != null && challenge.timerSeconds() <= 0) {
        error(position, "challenge.timer", challenge.timerSeconds());
      }
      if (challenge.irt() != null && challenge.irt().discriminant() <= 0) {
        error(position, "challenge.irt", BigDecimal.valueOf(challenge.irt().discriminant()));
      }
      if (challenge.illustration() != null) {
        var illustration = challenge.illustration();
        url(illustration.url(), position + " › illustration");
        fileRules.check(
            illustration.url(),
            illustration.file(),
            FileUse.ILLUSTRATION,
            position + " › illustration");
        if (illustration.alt() == null || illustration.alt().isBlank()) {
          error(position + " › illustration", "illustration.alt");
        }
      }
      if (challenge.attachment() != null) {
        var attachment = challenge.attachment();
        url(attachment.url(), position + " › attachment");
        fileRules.check(
            attachment.url(), attachment.file(), FileUse.ATTACHMENT, position + " › attachment");
      }
      if (challenge.embedUrl() != null) {
        url(challenge.embedUrl(), position + " › embedUrl");
      }
      if (challenge.valueSets() != null && challenge.valueSets().isEmpty()) {
        error(position, "challenge.noValueSet");
      }
      for (Challenge declination : challenge.declinations()) {
        if (challenge.type() != null) {
          new SolutionRules(this::error, position).check(declination);
        }
        if (Placeholders.hasPlaceholder(declination.instruction())
            || (declination.proposals() != null
                && declination.proposals().stream().anyMatch(Placeholders::hasPlaceholder))
            || Placeholders.hasPlaceholder(String.valueOf(declination.solution()))) {
          error(position, "challenge.unknownPlaceholder", declination.id());
        }
      }
    }

    private void url(String url, String position) {
      if (url == null) {
        return;
      }
      try {
        URI uri = new URI(url);
        if (!uri.isAbsolute()
            || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            || uri.getHost() == null) {
          error(position, "url.invalid", url);
        }
      } catch (java.net.URISyntaxException e) {
        error(position, "url.invalid", url);
      }
    }

    void targetProfile(TargetProfile profile, String position) {
      file = "target-profiles.yaml";
      if (profile.id() != null) {
        String other = profiles.putIfAbsent(profile.id(), position);
        if (other != null) {
          error(position, "targetProfile.duplicate", profile.id(), other);
        }
      }
      if (profile.tubes().isEmpty()) {
        error(position, "targetProfile.noTube");
      }
      Set<String> targeted = new HashSet<>();
      for (int i = 0; i < profile.tubes().size(); i++) {
        TargetProfile.TargetTube target = profile.tubes().get(i);
        String at = position + " › tubes[" + (i + 1) + "]";
        if (!tubes.containsKey(target.tube())) {
          error(at, "targetProfile.unknownTube", target.tube());
        }
        if (!targeted.add(target.tube())) {
          error(at, "targetProfile.duplicateTube", target.tube());
        }
        if (target.maxLevel() < 1 || target.maxLevel() > 8) {
          error(at, "targetProfile.maxLevel", target.maxLevel());
        }
      }
    }
  }

  /** Where an error goes. */
  @FunctionalInterface
  interface ErrorSink {
    void error(String position, String key, Object... args);
  }
}
