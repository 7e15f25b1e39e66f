package org.opencrcn.referential.infrastructure.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.domain.content.ContentError;
import org.opencrcn.referential.domain.content.DiscoveryTest;

/** The discovery-tests.yaml file of a pack: how it is read and every rule the validator applies. */
class DiscoveryTestsReadingTest {
  private static final String PACK =
      """
      format: opencrcn-content/1
      id: test-pack
      version: "1"
      title: Pack de test
      locales: [fr, en]
      """;

  /**
   * Three skills: two with French challenges; @anglais1 playable in English only (its French one is
   * obsolete).
   */
  private static final String COMPETENCE =
      """
      competence: "1.1"
      tubes:
        - name: rechinfo
          title: Recherche d'information
          skills:
            - level: 1
              tutorials: [{title: Moteurs, url: "https://fr.wikipedia.org/wiki/Moteur_de_recherche", duration: 5}]
              challenges:
                - {id: rechinfo-1-a, type: QCU, instruction: "A ?", proposals: [Oui, Non], solution: 1}
            - level: 2
              tutorials: [{title: Opérateurs, url: "https://fr.wikipedia.org/wiki/Recherche", duration: 3}]
              challenges:
                - {id: rechinfo-2-a, type: QROC, instruction: "B ?", solution: [b]}
        - name: anglais
          title: English only
          skills:
            - level: 1
              tutorials: [{title: Search, url: "https://en.wikipedia.org/wiki/Search_engine", duration: 5}]
              challenges:
                - {id: anglais-1-a, type: QROC, locale: en, instruction: "C?", solution: [c]}
                - {id: anglais-1-b, type: QROC, status: périmé, instruction: "D ?", solution: [d]}
      """;

  private static final String TESTS =
      """
      discoveryTests:
        - id: decouverte-ordinateur
          title: Test de découverte
          description: Pour découvrir.
          device: computer
          skills: ["@rechinfo2", "@rechinfo1"]
        - id: decouverte-smartphone
          title: Sur smartphone
          device: smartphone
          skills: ["@rechinfo1"]
      """;

  private static ContentPackReader.Reading read(String discoveryTests) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("pack.yaml", PACK.getBytes(StandardCharsets.UTF_8));
    files.put("competences/1.1.yaml", COMPETENCE.getBytes(StandardCharsets.UTF_8));
    if (discoveryTests != null) {
      files.put("discovery-tests.yaml", discoveryTests.getBytes(StandardCharsets.UTF_8));
    }
    return new ContentPackReader().read(files, CrcnFrame.COMPETENCE_CODES);
  }

  private static List<String> keysOf(ContentPackReader.Reading reading) {
    return reading.errors().stream().map(ContentError::key).toList();
  }

  @Test
  @DisplayName("Discovery tests are read with their device and their skills in the listed order")
  void validTests() {
    var reading = read(TESTS);

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.pack().orElseThrow().discoveryTests())
        .containsExactly(
            new DiscoveryTest(
                "decouverte-ordinateur",
                "Test de découverte",
                "Pour découvrir.",
                DiscoveryTest.Device.COMPUTER,
                List.of("@rechinfo2", "@rechinfo1")),
            new DiscoveryTest(
                "decouverte-smartphone",
                "Sur smartphone",
                null,
                DiscoveryTest.Device.SMARTPHONE,
                List.of("@rechinfo1")));
  }

  @Test
  @DisplayName("The file is optional: a pack without it has no discovery test")
  void optionalFile() {
    var reading = read(null);

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.pack().orElseThrow().discoveryTests()).isEmpty();
  }

  @Test
  @DisplayName("A duplicate id is refused, naming the first test with it")
  void duplicateId() {
    var reading = read(TESTS.replace("id: decouverte-smartphone", "id: decouverte-ordinateur"));

    assertThat(reading.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.key()).isEqualTo("discoveryTest.duplicate");
              assertThat(e.file()).isEqualTo("discovery-tests.yaml");
              assertThat(e.position()).isEqualTo("discoveryTests[2]");
              assertThat(e.describe(Locale.FRENCH))
                  .isEqualTo(
                      "discovery-tests.yaml, discoveryTests[2]: le test de découverte « decouverte-ordinateur » existe déjà (discoveryTests[1])");
            });
  }

  @Test
  @DisplayName("An unknown device is refused, in French and in English")
  void unknownDevice() {
    var reading = read(TESTS.replace("device: smartphone", "device: tablette"));

    assertThat(reading.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.key()).isEqualTo("discoveryTest.device");
              assertThat(e.message(Locale.FRENCH))
                  .isEqualTo("support « tablette » inconnu (computer, smartphone)");
              assertThat(e.message(Locale.ENGLISH))
                  .isEqualTo("unknown device \"tablette\" (computer, smartphone)");
            });
  }

  @Test
  @DisplayName("A skill missing from the pack is refused at its position in the list")
  void unknownSkill() {
    var reading =
        read(TESTS.replace("[\"@rechinfo2\", \"@rechinfo1\"]", "[\"@rechinfo2\", \"@rechinfo7\"]"));

    assertThat(reading.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.key()).isEqualTo("discoveryTest.unknownSkill");
              assertThat(e.position()).isEqualTo("discoveryTests[1] › skills[2]");
              assertThat(e.message(Locale.FRENCH))
                  .isEqualTo("l'acquis @rechinfo7 n'existe pas dans le pack");
            });
  }

  @Test
  @DisplayName(
      "A skill with no playable French challenge is refused: discovery tests are played in French")
  void skillWithoutFrenchChallenge() {
    var reading = read(TESTS.replace("skills: [\"@rechinfo1\"]", "skills: [\"@anglais1\"]"));

    assertThat(reading.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.key()).isEqualTo("discoveryTest.noFrenchChallenge");
              assertThat(e.message(Locale.FRENCH))
                  .isEqualTo("l'acquis @anglais1 n'a aucune épreuve jouable en français");
            });
  }

  @Test
  @DisplayName("A skill listed twice in one test is refused; the same skill in two tests is fine")
  void duplicateSkill() {
    var reading =
        read(
            TESTS.replace(
                "[\"@rechinfo2\", \"@rechinfo1\"]",
                "[\"@rechinfo1\", \"@rechinfo2\", \"@rechinfo1\"]"));

    assertThat(reading.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.key()).isEqualTo("discoveryTest.duplicateSkill");
              assertThat(e.position()).isEqualTo("discoveryTests[1] › skills[3]");
            });
  }

  @Test
  @DisplayName(
      "A test without skills, an id unfit for an address, a missing title or an unknown field are refused")
  void shapeErrors() {
    var reading =
        read(
            TESTS
                .replace("skills: [\"@rechinfo1\"]", "skills: []")
                .replace("id: decouverte-ordinateur", "id: Découverte PC")
                .replace("title: Sur smartphone", "titre: Sur smartphone"));

    assertThat(keysOf(reading))
        .containsExactlyInAnyOrder(
            "discoveryTest.noSkill", "discoveryTest.id", "field.required", "field.unknown");
  }

  @Test
  @DisplayName("The shipped pack offers a 9-skill computer test and a 6-skill smartphone test")
  void shippedPack() {
    var reading =
        new ContentPackReader()
            .read(PackFiles.fromFolder(Path.of("../content/crcn")), CrcnFrame.COMPETENCE_CODES);

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.pack().orElseThrow().discoveryTests())
        .extracting(DiscoveryTest::device, t -> t.skills().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DiscoveryTest.Device.COMPUTER, 9),
            org.assertj.core.groups.Tuple.tuple(DiscoveryTest.Device.SMARTPHONE, 6));
  }
}
