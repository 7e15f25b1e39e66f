package org.opencrcn.referential.infrastructure.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.content.ContentError;
import org.opencrcn.referential.domain.content.Solution;

/** Every validation rule of docs/content-pack.md, on a small pack broken one way at a time. */
class ContentPackReaderTest {
  private static final String PACK =
      """
      format: opencrcn-content/1
      id: test-pack
      version: "1"
      title: Pack de test
      locales: [fr, en]
      """;

  private static final String COMPETENCE =
      """
      competence: "1.1"
      tubes:
        - name: rechinfo
          title: Recherche d'information
          skills:
            - level: 1
              tutorials:
                - title: Moteur de recherche
                  url: https://fr.wikipedia.org/wiki/Moteur_de_recherche
                  format: page
                  duration: 5
              challenges:
                - id: rechinfo-1-a
                  type: QCU
                  instruction: Où sont les liens sponsorisés ?
                  proposals: [En haut, Nulle part]
                  solution: 1
                - id: rechinfo-1-b
                  type: QCM
                  instruction: Quels opérateurs existent ?
                  proposals: [guillemets, moins, étoile de mer]
                  solution: [1, 2]
                  tolerances: [t1]
            - level: 2
              tutorials:
                - title: Opérateurs
                  url: https://fr.wikipedia.org/wiki/Recherche_d%27information
                  duration: 3
              challenges:
                - id: rechinfo-2-a
                  type: QROC
                  numeric: true
                  instruction: Combien font 2 + 2 ?
                  solution: ["4", "4,0"]
                - id: rechinfo-2-b
                  type: QROCM-ind
                  instruction: Complétez.
                  fields: [{key: ville, label: Ville}, {key: pays, label: Pays}]
                  solution: {ville: [Paris], pays: [France]}
                - id: rechinfo-2-c
                  type: QROCM-dep
                  locale: en
                  instruction: Name two primary colours.
                  fields: [{key: a}, {key: b}]
                  solution: [[red], [blue], [yellow]]
                  timer: 60
                  illustration: {url: "https://upload.wikimedia.org/x.png", alt: Un cercle chromatique}
      """;

  private static final String PROFILES =
      """
      targetProfiles:
        - id: clg-info
          name: "[CLG] Information et données - Socle commun"
          category: DISCIPLINARY
          tubes:
            - tube: rechinfo
              maxLevel: 2
      """;

  /** The indentation of a challenge's fields in {@link #COMPETENCE}. */
  private static final String FIELD_INDENT =
      COMPETENCE
          .lines()
          .filter(l -> l.contains("type: QCU"))
          .findFirst()
          .orElseThrow()
          .replace("type: QCU", "");

  private static ContentPackReader.Reading read(Map<String, String> files) {
    Map<String, byte[]> bytes = new TreeMap<>();
    files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return new ContentPackReader().read(bytes, CrcnFrame.COMPETENCE_CODES);
  }

  private static Map<String, String> pack(String competence) {
    return pack(competence, PROFILES);
  }

  private static Map<String, String> pack(String competence, String profiles) {
    return Map.of(
        "pack.yaml", PACK, "competences/1.1.yaml", competence, "target-profiles.yaml", profiles);
  }

  private static List<String> keysOf(ContentPackReader.Reading reading) {
    return reading.errors().stream().map(ContentError::key).toList();
  }

  @Test
  @DisplayName("A well-formed pack reads without error, every challenge type included")
  void validPack() {
    var reading = read(pack(COMPETENCE));

    assertThat(reading.errors()).isEmpty();
    var skills = reading.pack().orElseThrow().competences().get(0).tubes().get(0).skills();
    assertThat(skills).extracting(s -> s.name()).containsExactly("@rechinfo1", "@rechinfo2");
    assertThat(skills.get(1).challenges().get(0).solution())
        .isEqualTo(new Solution.FreeText(List.of("4", "4,0"), true));
  }

  @Test
  @DisplayName("Malformed YAML is reported with its line, and the other files are still checked")
  void malformedYaml() {
    var reading =
        read(
            pack(
                COMPETENCE.replace("title: Recherche d'information", "title: [oops"),
                PROFILES.replace("rechinfo", "nowhere")));

    assertThat(reading.errors()).extracting(ContentError::file).contains("competences/1.1.yaml");
    ContentError syntax =
        reading.errors().stream()
            .filter(e -> e.key().equals("yaml.syntax"))
            .findFirst()
            .orElseThrow();
    assertThat((int) syntax.args()[0]).isGreaterThan(1);
    assertThat(keysOf(reading)).contains("targetProfile.unknownTube");
  }

  @Test
  @DisplayName("An unknown field is an error, not silently dropped content")
  void unknownField() {
    var reading = read(pack(COMPETENCE.replace("timer: 60", "timeur: 60")));

    assertThat(reading.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.key()).isEqualTo("field.unknown");
              assertThat(e.position()).isEqualTo("tubes[1] › skills[2] › challenges[3] › timeur");
            });
  }

  @Test
  @DisplayName("Duplicate challenge ids and tube names are refused, naming the first one")
  void duplicates() {
    String twice = COMPETENCE.replace("id: rechinfo-1-b", "id: rechinfo-1-a");
    String otherFile =
        COMPETENCE
            .replace("competence: \"1.1\"", "competence: \"1.2\"")
            .replace("id: rechinfo", "id: autre");
    var files = new TreeMap<>(pack(twice));
    files.put("competences/1.2.yaml", otherFile);

    var reading = read(files);

    assertThat(keysOf(reading)).containsOnly("challenge.duplicate", "tube.duplicate");
    assertThat(
            reading.errors().stream()
                .filter(e -> e.key().equals("tube.duplicate"))
                .findFirst()
                .orElseThrow()
                .file())
        .isEqualTo("competences/1.2.yaml");
  }

  @Test
  @DisplayName("A skill whose challenges are all obsolete has no playable challenge")
  void skillWithoutPlayableChallenge() {
    String obsolete =
        COMPETENCE
            .replace("solution: 1\n", "solution: 1\n" + FIELD_INDENT + "status: périmé\n")
            .replace("tolerances: [t1]", "tolerances: [t1]\n" + FIELD_INDENT + "status: périmé");

    assertThat(keysOf(read(pack(obsolete)))).containsExactly("skill.noPlayableChallenge");
  }

  @Test
  @DisplayName("A QCM solution naming a missing proposal is refused")
  void qcmSolutionOutOfRange() {
    var reading = read(pack(COMPETENCE.replace("solution: [1, 2]", "solution: [1, 4]")));

    assertThat(reading.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.key()).isEqualTo("solution.proposalOutOfRange");
              assertThat(e.args()).containsExactly(4, 3);
            });
  }

  @Test
  @DisplayName("Unknown tolerance, type and status are each refused")
  void unknownCodes() {
    String broken =
        COMPETENCE
            .replace("tolerances: [t1]", "tolerances: [t4]")
            .replace("type: QCU", "type: QCX")
            .replace("numeric: true", "numeric: true\n" + FIELD_INDENT + "status: brouillon");

    assertThat(keysOf(read(pack(broken))))
        .containsExactlyInAnyOrder("challenge.tolerance", "challenge.type", "challenge.status");
  }

  @Test
  @DisplayName("A target profile naming a missing tube, or an impossible level, is refused")
  void targetProfileReferences() {
    var reading =
        read(
            pack(
                COMPETENCE,
                PROFILES
                    .replace("tube: rechinfo", "tube: nulpart")
                    .replace("maxLevel: 2", "maxLevel: 9")));

    assertThat(keysOf(reading))
        .containsExactlyInAnyOrder("targetProfile.unknownTube", "targetProfile.maxLevel");
  }

  @Test
  @DisplayName("Levels out of 1..8, two skills at one level, an unknown competence are refused")
  void levelsAndCompetences() {
    String broken =
        COMPETENCE
            .replace("level: 2", "level: 1")
            .replace("competence: \"1.1\"", "competence: \"6.1\"");
    String outOfRange = COMPETENCE.replace("level: 2", "level: 9");

    assertThat(keysOf(read(pack(broken)))).contains("skill.duplicateLevel", "competence.unknown");
    assertThat(keysOf(read(pack(outOfRange)))).contains("skill.level");
  }

  @Test
  @DisplayName("QROCM solutions must match their fields; numeric answers must be numbers")
  void fieldSolutions() {
    String broken =
        COMPETENCE
            .replace(
                "solution: {ville: [Paris], pays: [France]}",
                "solution: {ville: [Paris], region: [IDF]}")
            .replace("solution: [[red], [blue], [yellow]]", "solution: [[red]]")
            .replace("solution: [\"4\", \"4,0\"]", "solution: [\"4\", quatre]");

    assertThat(keysOf(read(pack(broken))))
        .containsExactlyInAnyOrder(
            "solution.fieldMissing",
            "solution.fieldUnknown",
            "solution.tooFewGroups",
            "solution.notNumeric");
  }

  @Test
  @DisplayName("Illustrations need an alternative text; links must be absolute http(s) addresses")
  void accessibilityAndLinks() {
    String broken =
        COMPETENCE
            .replace("alt: Un cercle chromatique", "alt: \" \"")
            .replace(
                "url: https://fr.wikipedia.org/wiki/Moteur_de_recherche",
                "url: javascript:alert(1)");

    assertThat(keysOf(read(pack(broken))))
        .containsExactlyInAnyOrder("illustration.alt", "url.invalid");
  }

  @Test
  @DisplayName("Without pack.yaml nothing is read; a stray YAML file is pointed out")
  void missingPackFile() {
    var reading = read(Map.of("competences/1.1.yaml", COMPETENCE, "notes/todo.yaml", "a: 1"));

    assertThat(reading.pack()).isEmpty();
    assertThat(keysOf(reading)).containsExactlyInAnyOrder("file.missing", "file.unexpected");
  }

  @Test
  @DisplayName("Errors read in French by default and in English on request")
  void messagesAreTranslated() {
    var error =
        new ContentError(
            "competences/1.1.yaml",
            "tubes[1]",
            "tube.duplicate",
            "rechinfo",
            "competences/1.2.yaml");

    assertThat(error.describe(Locale.FRENCH))
        .isEqualTo(
            "competences/1.1.yaml, tubes[1]: le tube « rechinfo » existe déjà (competences/1.2.yaml)");
    assertThat(error.message(Locale.ENGLISH))
        .isEqualTo("tube \"rechinfo\" already exists (competences/1.2.yaml)");
  }

  @Test
  @DisplayName("A template with value sets stands for one declination per set, placeholders filled")
  void templateDeclinations() {
    String template =
        COMPETENCE.replace(
            "instruction: Combien font 2 + 2 ?\n" + FIELD_INDENT + "solution: [\"4\", \"4,0\"]",
            "instruction: Combien font {{a}} + {{b}} ?\n"
                + FIELD_INDENT
                + "solution: [\"{{somme}}\"]\n"
                + FIELD_INDENT
                + "values:\n"
                + FIELD_INDENT
                + "  - {a: \"2\", b: \"3\", somme: \"5\"}\n"
                + FIELD_INDENT
                + "  - {a: \"10\", b: \"7\", somme: \"17\"}");

    var reading = read(pack(template));

    assertThat(reading.errors()).isEmpty();
    var challenge =
        reading
            .pack()
            .orElseThrow()
            .competences()
            .get(0)
            .tubes()
            .get(0)
            .skills()
            .get(1)
            .challenges()
            .get(0);
    assertThat(challenge.declinations())
        .extracting(c -> c.id(), c -> c.instruction(), c -> c.solution())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "rechinfo-2-a~1",
                "Combien font 2 + 3 ?",
                new Solution.FreeText(List.of("5"), true)),
            org.assertj.core.groups.Tuple.tuple(
                "rechinfo-2-a~2",
                "Combien font 10 + 7 ?",
                new Solution.FreeText(List.of("17"), true)));
  }

  @Test
  @DisplayName("A placeholder no value set defines, or a template without sets, is refused")
  void templateErrors() {
    String unknown =
        COMPETENCE.replace(
            "instruction: Combien font 2 + 2 ?\n",
            "instruction: Combien font {{a}} + {{c}} ?\n"
                + FIELD_INDENT
                + "values: [{a: \"1\"}]\n");
    String empty =
        COMPETENCE.replace(
            "instruction: Combien font 2 + 2 ?\n",
            "instruction: Combien ?\n" + FIELD_INDENT + "values: []\n");

    assertThat(keysOf(read(pack(unknown)))).containsExactly("challenge.unknownPlaceholder");
    assertThat(keysOf(read(pack(empty)))).containsExactly("challenge.noValueSet");
    assertThat(
            new ContentError("f", "", "challenge.unknownPlaceholder", "x~1").message(Locale.FRENCH))
        .isEqualTo("la déclinaison x~1 garde un {{...}} qu'aucun jeu de valeurs ne définit");
  }

  @Test
  @DisplayName("Proposals are shuffled unless the challenge says shuffle: false")
  void shuffleOptOut() {
    var reading =
        read(
            pack(
                COMPETENCE.replace(
                    "solution: 1\n", "solution: 1\n" + FIELD_INDENT + "shuffle: false\n")));

    assertThat(reading.errors()).isEmpty();
    var challenges =
        reading.pack().orElseThrow().competences().get(0).tubes().get(0).skills().get(0);
    assertThat(challenges.challenges()).extracting(c -> c.shuffle()).containsExactly(false, true);
  }

  @Test
  @DisplayName("A numeric answer may name its unit; a unit elsewhere is an error")
  void numericUnit() {
    var withUnit =
        read(
            pack(
                COMPETENCE.replace(
                    "numeric: true", "numeric: true\n" + FIELD_INDENT + "unit: kWh")));
    assertThat(withUnit.errors()).isEmpty();
    assertThat(
            withUnit
                .pack()
                .orElseThrow()
                .competences()
                .get(0)
                .tubes()
                .get(0)
                .skills()
                .get(1)
                .challenges()
                .get(0)
                .solution())
        .isEqualTo(new Solution.FreeText(List.of("4", "4,0"), true, "kWh"));

    var misplaced =
        read(
            pack(
                COMPETENCE.replace(
                    "solution: 1\n", "solution: 1\n" + FIELD_INDENT + "unit: kWh\n")));
    assertThat(keysOf(misplaced)).containsExactly("challenge.unit");
  }

  @Test
  @DisplayName("A lint silence names a rule of its level and gives a reason")
  void lintSilences() {
    var silenced =
        read(
            pack(
                COMPETENCE.replace(
                    "solution: 1\n",
                    "solution: 1\n"
                        + FIELD_INDENT
                        + "lint: {near-duplicate: \"voulu : même question en 1.2\"}\n")));
    assertThat(silenced.errors()).isEmpty();
    assertThat(
            silenced
                .pack()
                .orElseThrow()
                .competences()
                .get(0)
                .tubes()
                .get(0)
                .skills()
                .get(0)
                .challenges()
                .get(0)
                .lintSilenced())
        .containsEntry("near-duplicate", "voulu : même question en 1.2");

    var wrongLevel =
        read(
            pack(
                COMPETENCE.replace(
                    "solution: 1\n",
                    "solution: 1\n" + FIELD_INDENT + "lint: {key-balance: \"raison\"}\n")));
    assertThat(keysOf(wrongLevel)).containsExactly("lint.rule");

    var noReason =
        read(
            pack(
                COMPETENCE.replace(
                    "solution: 1\n",
                    "solution: 1\n" + FIELD_INDENT + "lint: {near-duplicate: \"\"}\n")));
    assertThat(keysOf(noReason)).containsExactly("lint.reason");

    var competenceLevel = read(pack("lint: {key-balance: \"échelle ordonnée\"}\n" + COMPETENCE));
    assertThat(competenceLevel.errors()).isEmpty();
    assertThat(competenceLevel.pack().orElseThrow().competences().get(0).lintSilenced())
        .containsKey("key-balance");
  }
}
