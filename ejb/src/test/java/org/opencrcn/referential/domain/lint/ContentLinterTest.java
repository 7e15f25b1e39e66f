package org.opencrcn.referential.domain.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;

/** Each rule of the content linter, on small packs that break it once, then silence it. */
class ContentLinterTest {
  private static final String PACK =
      """
      format: opencrcn-content/1
      id: test-pack
      version: "1"
      title: Pack de test
      """;

  /** A competence file with one tube of the given skills (YAML of each skill's challenges). */
  private static String competence(String code, String header, List<String> skills) {
    StringBuilder yaml = new StringBuilder(header);
    yaml.append("competence: \"").append(code).append("\"\ntubes:\n");
    yaml.append("  - name: t").append(code.replace(".", "")).append("\n");
    yaml.append("    title: Tube\n    skills:\n");
    for (int level = 1; level <= skills.size(); level++) {
      yaml.append("      - level: ").append(level).append("\n");
      yaml.append(
          "        tutorials: [{title: Tuto, url: \"https://example.org/t\", duration: 5}]\n");
      yaml.append(skills.get(level - 1));
    }
    return yaml.toString();
  }

  /** A QCU challenge; {@code extra} lines go at the challenge's indentation. */
  private static String qcu(String id, String instruction, List<String> proposals, int key) {
    return "          - id: %s\n            type: QCU\n            instruction: \"%s\"\n            proposals: [%s]\n            solution: %d\n"
        .formatted(id, instruction, String.join(", ", proposals), key);
  }

  private static String qroc(String id, String instruction, String answers, String extra) {
    return "          - id: %s\n            type: QROC\n            instruction: \"%s\"\n            solution: [%s]\n%s"
        .formatted(id, instruction, answers, extra);
  }

  private static String skill(String... challenges) {
    return "        challenges:\n" + String.join("", challenges);
  }

  private static LintReport lint(Map<String, String> competences) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("pack.yaml", PACK.getBytes(StandardCharsets.UTF_8));
    competences.forEach(
        (code, yaml) ->
            files.put("competences/" + code + ".yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    var reading = new ContentPackReader().read(files, CrcnFrame.COMPETENCE_CODES);
    assertThat(reading.errors()).as("the test pack is valid").isEmpty();
    return reading.lint();
  }

  private static List<LintRule> rules(LintReport report) {
    return report.warnings().stream().map(LintWarning::rule).toList();
  }

  /** Six skills of two QCUs each, keyed as given (position of the key in every QCU). */
  private static String qcuCompetence(String header, int... keys) {
    List<String> skills = new ArrayList<>();
    for (int s = 0; s < keys.length / 2; s++) {
      skills.add(
          skill(
              qcu(
                  "q" + s + "a",
                  "Question " + s + " a ?",
                  List.of("Un", "Deux", "Trois"),
                  keys[2 * s]),
              qcu(
                  "q" + s + "b",
                  "Question " + s + " b ?",
                  List.of("Un", "Deux", "Trois"),
                  keys[2 * s + 1])));
    }
    return competence("1.1", header, skills);
  }

  @Test
  @DisplayName("Keys balanced over the positions: no warning; mostly at one position: key-balance")
  void keyBalance() {
    assertThat(rules(lint(Map.of("1.1", qcuCompetence("", 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3)))))
        .isEmpty();

    LintReport skewed = lint(Map.of("1.1", qcuCompetence("", 1, 2, 1, 3, 1, 2, 1, 3, 1, 2, 1, 3)));
    assertThat(rules(skewed)).containsExactly(LintRule.KEY_BALANCE);
    assertThat(skewed.warnings().get(0).message(Locale.FRENCH))
        .startsWith("6 QCU sur 12 ont leur bonne réponse en position 1 (50 %, au plus 40 %)");

    LintReport silenced =
        lint(
            Map.of(
                "1.1",
                qcuCompetence(
                    "lint: {key-balance: \"échelles ordonnées\"}\n",
                    1,
                    2,
                    1,
                    3,
                    1,
                    2,
                    1,
                    3,
                    1,
                    2,
                    1,
                    3)));
    assertThat(silenced.warnings()).isEmpty();
    assertThat(silenced.silenced()).isEqualTo(1);
  }

  @Test
  @DisplayName("A skill whose every challenge has the same key is passable by a constant answer")
  void constantAnswer() {
    LintReport report = lint(Map.of("1.1", qcuCompetence("", 1, 1, 2, 3, 3, 2, 1, 2, 3, 1, 2, 3)));
    assertThat(rules(report)).containsExactly(LintRule.CONSTANT_ANSWER);
    assertThat(report.guessableSkills()).isEqualTo(1);
    assertThat(report.summary()).isEqualTo("warnings=1 silenced=0 guessable_skills=1");

    String mixed =
        competence(
            "1.1",
            "",
            List.of(
                skill(
                    qcu("a", "Question a ?", List.of("Un", "Deux"), 1),
                    qroc("b", "Quelle ville ?", "Lyon", ""))));
    assertThat(lint(Map.of("1.1", mixed)).guessableSkills()).isZero();
  }

  @Test
  @DisplayName("The right proposal longest in most QCUs: longest-key")
  void longestKey() {
    List<String> skills = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      int key = s % 3 + 1;
      List<String> proposals = new ArrayList<>(List.of("Court", "Bref", "Net"));
      proposals.set(key - 1, "La bonne réponse détaillée et rassurante");
      skills.add(
          skill(
              qcu("l" + s + "a", "Question " + s + " ?", proposals, key),
              qroc("l" + s + "b", "Ville " + s + " ?", "Grenoble", "")));
    }
    assertThat(rules(lint(Map.of("1.1", competence("1.1", "", skills)))))
        .containsExactly(LintRule.LONGEST_KEY);
  }

  @Test
  @DisplayName("Short answers under typo tolerance are flagged, not once t3 is off")
  void shortAnswers() {
    String loose =
        competence(
            "1.1",
            "",
            List.of(
                skill(
                    qroc("s1", "Quelle licence ?", "GPL", ""),
                    qroc("s2", "Quel numéro ?", "\"3018\"", ""),
                    qroc("s3", "Quel logiciel ?", "tableur", ""))));
    LintReport report = lint(Map.of("1.1", loose));
    assertThat(rules(report)).containsOnly(LintRule.SHORT_ANSWER_TYPOS).hasSize(2);
    assertThat(report.warnings().get(0).message(Locale.FRENCH)).contains("« GPL »");

    String exact =
        competence(
            "1.1",
            "",
            List.of(
                skill(
                    qroc("s1", "Quelle licence ?", "GPL", "            tolerances: [t1, t2]\n"),
                    qroc("s3", "Quel logiciel ?", "tableur", ""))));
    assertThat(lint(Map.of("1.1", exact)).warnings()).isEmpty();
  }

  @Test
  @DisplayName("A numeric answer must say what to give: a unit, or a number in the instruction")
  void numericUnstated() {
    String unstated =
        competence(
            "1.1",
            "",
            List.of(
                skill(
                    qroc(
                        "n1", "Quelle énergie, en kWh ?", "\"0.4\"", "            numeric: true\n"),
                    qroc(
                        "n2",
                        "Quelle énergie ? Répondez par un nombre.",
                        "\"0.4\"",
                        "            numeric: true\n"),
                    qroc(
                        "n3",
                        "Quelle énergie ?",
                        "\"0.4\"",
                        "            numeric: true\n            unit: kWh\n"),
                    qroc("n4", "Que renvoie `=2*3` ?", "\"6\"", "            numeric: true\n"))));
    LintReport report = lint(Map.of("1.1", unstated));
    assertThat(rules(report)).containsExactly(LintRule.NUMERIC_UNSTATED);
    assertThat(report.warnings().get(0).message(Locale.ENGLISH)).startsWith("n1:");
  }

  @Test
  @DisplayName(
      "The same question in two competences is flagged once, and silenced by either challenge")
  void nearDuplicates() {
    String first =
        competence(
            "1.1",
            "",
            List.of(
                skill(
                    qroc(
                        "d1",
                        "Sous Linux, quelle commande calcule l'empreinte SHA-256 d'un fichier ?",
                        "sha256sum",
                        "            tolerances: [t1, t2]\n"),
                    qroc("x1", "Quelle ville est la capitale des Alpes ?", "Grenoble", ""))));
    String second =
        competence(
            "5.1",
            "",
            List.of(
                skill(
                    qroc(
                        "d2",
                        "Sous Linux, quelle commande calcule l'empreinte SHA-256 d'un fichier téléchargé ?",
                        "sha256sum",
                        "            tolerances: [t1, t2]\n"),
                    qroc("x2", "Combien de pattes a une araignée ?", "huit pattes", ""))));
    LintReport report = lint(Map.of("1.1", first, "5.1", second));
    assertThat(rules(report)).containsExactly(LintRule.NEAR_DUPLICATE);
    assertThat(report.warnings().get(0).args()).startsWith("d2", "d1", "1.1");

    String silencedFirst =
        first.replace(
            "solution: [sha256sum]\n            tolerances: [t1, t2]\n",
            "solution: [sha256sum]\n            tolerances: [t1, t2]\n"
                + "            lint: {near-duplicate: \"voulu\"}\n");
    assertThat(lint(Map.of("1.1", silencedFirst, "5.1", second)).warnings()).isEmpty();
  }
}
