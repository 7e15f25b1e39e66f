package org.opencrcn.referential.infrastructure.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.opencrcn.referential.domain.content.CompetenceContent;
import org.opencrcn.referential.domain.content.ContentError;
import org.opencrcn.referential.domain.content.ContentPack;
import org.opencrcn.referential.domain.content.ContentPackValidator;
import org.opencrcn.referential.domain.content.DiscoveryTest;
import org.opencrcn.referential.domain.content.PackFile;
import org.opencrcn.referential.domain.content.Skill;
import org.opencrcn.referential.domain.content.TargetProfile;
import org.opencrcn.referential.domain.content.TargetProfileCategory;
import org.opencrcn.referential.domain.content.Tube;
import org.opencrcn.referential.domain.content.Tutorial;
import org.opencrcn.referential.domain.lint.ContentLinter;
import org.opencrcn.referential.domain.lint.LintReport;
import org.opencrcn.referential.domain.lint.LintRule;

/**
 * Reads a content pack (docs/content-pack.md) from its files and validates it. The same code serves
 * the command-line validator and the administration's import.
 */
public final class ContentPackReader {
  public static final String FORMAT = "opencrcn-content/1";
  static final String PACK_FILE = "pack.yaml";
  static final String PROFILES_FILE = "target-profiles.yaml";
  static final String COMPETENCES_DIR = "competences/";

  private static final Set<String> PACK_FIELDS =
      Set.of("format", "id", "version", "title", "locales");
  private static final Set<String> COMPETENCE_FIELDS = Set.of("competence", "tubes", "lint");
  private static final Set<String> TUBE_FIELDS = Set.of("name", "title", "description", "skills");
  private static final Set<String> SKILL_FIELDS =
      Set.of("level", "tutorials", "challenges", "lint");
  private static final Set<String> TUTORIAL_FIELDS = Set.of("title", "url", "format", "duration");
  private static final Set<String> PROFILE_FIELDS =
      Set.of("id", "name", "category", "description", "tubes");

  // YAML is read into a tree (no binding to classes), with no custom tags: nothing gets
  // instantiated.
  private final ObjectMapper yaml = new YAMLMapper(new YAMLFactory());

  /**
   * The result: the pack when every file could be read, every error found, and the linter's
   * warnings on the pack (which never make it invalid).
   */
  public record Reading(Optional<ContentPack> pack, List<ContentError> errors, LintReport lint) {
    public boolean valid() {
      return pack.isPresent() && errors.isEmpty();
    }
  }

  /**
   * Reads the pack whose files are given by their path relative to the pack folder ("pack.yaml",
   * "competences/1.1.yaml"...).
   */
  public Reading read(Map<String, byte[]> files, Set<String> knownCompetences) {
    List<ContentError> errors = new ArrayList<>();
    Map<String, byte[]> sorted = new TreeMap<>(files);
    sorted.keySet().stream()
        .filter(name -> isYaml(name) && !isPackFile(name) && !name.startsWith(PackFile.FOLDER))
        .forEach(name -> errors.add(new ContentError(name, "", "file.unexpected")));

    Optional<YamlNode> packRoot = parse(PACK_FILE, sorted.get(PACK_FILE), true, errors);
    List<String> locales = new ArrayList<>(List.of("fr"));
    String id = null, version = null, title = null;
    if (packRoot.isPresent()) {
      YamlNode root = packRoot.get();
      root.rejectUnknownFields(PACK_FIELDS);
      String format = root.text("format", true);
      if (format != null && !FORMAT.equals(format)) {
        root.error("format.unknown", format);
      }
      id = root.text("id", true);
      version = root.text("version", true);
      title = root.text("title", true);
      List<String> declared = root.texts("locales", false);
      if (declared != null) {
        locales = declared;
      }
    }

    ChallengeReader challenges = new ChallengeReader();
    List<CompetenceContent> competences = new ArrayList<>();
    sorted.forEach(
        (name, bytes) -> {
          if (name.startsWith(COMPETENCES_DIR) && isYaml(name)) {
            parse(name, bytes, true, errors)
                .map(root -> readCompetence(root, challenges))
                .ifPresent(competences::add);
          }
        });

    List<TargetProfile> profiles =
        parse(PROFILES_FILE, sorted.get(PROFILES_FILE), false, errors)
            .map(this::readTargetProfiles)
            .orElseGet(List::of);
    List<DiscoveryTest> discoveryTests =
        parse(DiscoveryTestReader.FILE, sorted.get(DiscoveryTestReader.FILE), false, errors)
            .map(new DiscoveryTestReader()::read)
            .orElseGet(List::of);

    if (packRoot.isEmpty()) {
      return new Reading(Optional.empty(), errors, LintReport.empty());
    }
    ContentPack pack =
        new ContentPack(
            id, version, title, locales, competences, profiles, discoveryTests, packFiles(sorted));
    errors.addAll(new ContentPackValidator(knownCompetences).validate(pack));
    return new Reading(Optional.of(pack), errors, new ContentLinter().lint(pack));
  }

  /** The files of the files/ folder, which challenges may offer or show. */
  private static Map<String, PackFile> packFiles(Map<String, byte[]> files) {
    Map<String, PackFile> packFiles = new TreeMap<>();
    files.forEach(
        (name, bytes) -> {
          if (name.startsWith(PackFile.FOLDER)) {
            packFiles.put(name, new PackFile(name, bytes));
          }
        });
    return packFiles;
  }

  private static boolean isYaml(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static boolean isPackFile(String name) {
    return name.equals(PACK_FILE)
        || name.equals(PROFILES_FILE)
        || name.equals(DiscoveryTestReader.FILE)
        || (name.startsWith(COMPETENCES_DIR) && name.indexOf('/', COMPETENCES_DIR.length()) < 0);
  }

  private Optional<YamlNode> parse(
      String name, byte[] bytes, boolean required, List<ContentError> errors) {
    if (bytes == null) {
      if (required) {
        errors.add(new ContentError(name, "", "file.missing"));
      }
      return Optional.empty();
    }
    try {
      JsonNode root = yaml.readTree(new String(bytes, StandardCharsets.UTF_8));
      if (root == null || !root.isObject()) {
        errors.add(new ContentError(name, "", "field.object", name));
        return Optional.empty();
      }
      return Optional.of(new YamlNode(root, name, "", errors));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      errors.add(
          new ContentError(
              name,
              "",
              "yaml.syntax",
              at == null ? 0 : at.getLineNr(),
              at == null ? 0 : at.getColumnNr(),
              e.getOriginalMessage()));
      return Optional.empty();
    } catch (IOException e) {
      errors.add(new ContentError(name, "", "yaml.syntax", 0, 0, e.getMessage()));
      return Optional.empty();
    }
  }

  private CompetenceContent readCompetence(YamlNode root, ChallengeReader challenges) {
    root.rejectUnknownFields(COMPETENCE_FIELDS);
    String code = root.text("competence", true);
    List<Tube> tubes = root.list("tubes", true, tube -> readTube(tube, challenges));
    return new CompetenceContent(
        code, root.file(), tubes, root.lintSilences(LintRule.Scope.COMPETENCE));
  }

  private Tube readTube(YamlNode tube, ChallengeReader challenges) {
    tube.rejectUnknownFields(TUBE_FIELDS);
    String name = tube.text("name", true);
    String title = tube.text("title", true);
    String description = tube.text("description", false);
    List<Skill> skills = tube.list("skills", true, skill -> readSkill(skill, name, challenges));
    return new Tube(name, title, description, skills);
  }

  private Skill readSkill(YamlNode skill, String tube, ChallengeReader challenges) {
    skill.rejectUnknownFields(SKILL_FIELDS);
    Integer level = skill.integer("level", true);
    List<Tutorial> tutorials = skill.list("tutorials", false, this::readTutorial);
    var played = skill.list("challenges", true, challenges::read);
    return new Skill(
        tube,
        level == null ? 0 : level,
        tutorials,
        played,
        skill.lintSilences(LintRule.Scope.SKILL));
  }

  private Tutorial readTutorial(YamlNode tutorial) {
    tutorial.rejectUnknownFields(TUTORIAL_FIELDS);
    Integer duration = tutorial.integer("duration", false);
    return new Tutorial(
        tutorial.text("title", true),
        tutorial.text("url", true),
        Optional.ofNullable(tutorial.text("format", false)).orElse("page"),
        duration == null ? 0 : duration);
  }

  private List<TargetProfile> readTargetProfiles(YamlNode root) {
    root.rejectUnknownFields(Set.of("targetProfiles"));
    return root.list("targetProfiles", true, this::readTargetProfile);
  }

  private TargetProfile readTargetProfile(YamlNode profile) {
    profile.rejectUnknownFields(PROFILE_FIELDS);
    String categoryCode = profile.text("category", true);
    TargetProfileCategory category = null;
    if (categoryCode != null) {
      try {
        category = TargetProfileCategory.valueOf(categoryCode);
      } catch (IllegalArgumentException unknown) {
        profile.error("targetProfile.category", categoryCode);
      }
    }
    List<TargetProfile.TargetTube> tubes =
        profile.list(
            "tubes",
            true,
            target -> {
              target.rejectUnknownFields(Set.of("tube", "maxLevel"));
              String tube = target.text("tube", true);
              Integer maxLevel = target.integer("maxLevel", true);
              return tube == null || maxLevel == null
                  ? null
                  : new TargetProfile.TargetTube(tube, maxLevel);
            });
    return new TargetProfile(
        profile.text("id", true),
        profile.text("name", true),
        category,
        profile.text("description", false),
        tubes);
  }
}
