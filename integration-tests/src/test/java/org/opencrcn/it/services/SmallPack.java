package org.opencrcn.it.services;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small content pack for import tests, in two versions, with a discovery test of its two skills.
 */
final class SmallPack {
  private SmallPack() {}

  static final String PACK =
      """
      format: opencrcn-content/1
      id: it-pack
      version: "%s"
      title: Pack des tests d'intégration
      locales: [fr]
      """;

  static final String COMPETENCE =
      """
      competence: "1.1"
      tubes:
        - name: itrecherche
          title: Recherche (tests)
          skills:
            - level: 1
              tutorials:
                - {title: Moteur de recherche, url: "https://fr.wikipedia.org/wiki/Moteur_de_recherche", duration: 5}
              challenges:
                - {id: it-1-a, type: QCU, instruction: "Question A ?", proposals: [Oui, Non], solution: 1}
                - {id: it-1-b, type: QROC, instruction: "Question B ?", solution: [b]}
            - level: 2
              tutorials:
                - {title: Opérateurs, url: "https://fr.wikipedia.org/wiki/Recherche_d%27information", duration: 3}
              challenges:
                - {id: it-2-a, type: QCM, instruction: "Question C ?", proposals: [x, y, z], solution: [1, 3]}
      """;

  static final String PROFILES =
      """
      targetProfiles:
        - id: it-profile
          name: Profil des tests
          category: OTHER
          tubes: [{tube: itrecherche, maxLevel: 2}]
      """;

  static final String DISCOVERY =
      """
      discoveryTests:
        - id: it-decouverte
          title: Découverte (tests)
          device: computer
          skills: ["@itrecherche2", "@itrecherche1"]
      """;

  /** Version 1: three challenges. */
  static Map<String, byte[]> version1() {
    return files("1", COMPETENCE);
  }

  /** Version 2: it-1-b dropped, it-2-b added. */
  static Map<String, byte[]> version2() {
    StringBuilder competence = new StringBuilder();
    for (String line : COMPETENCE.lines().toList()) {
      if (!line.contains("it-1-b")) {
        competence.append(line).append('\n');
      }
      if (line.contains("it-2-a")) {
        competence
            .append(line.replace("it-2-a", "it-2-b").replace("Question C", "Question D"))
            .append('\n');
      }
    }
    return files("2", competence.toString());
  }

  /** Version 1 with a mistake: a QCM solution naming a missing proposal. */
  static Map<String, byte[]> broken() {
    return files("1-broken", COMPETENCE.replace("solution: [1, 3]", "solution: [1, 7]"));
  }

  /**
   * Version 1 with shipped files: it-1-b offers a CSV to download, it-2-a offers the same bytes
   * under another name and shows an SVG.
   */
  static Map<String, byte[]> withFiles(String version, byte[] csv, byte[] svg) {
    String competence =
        COMPETENCE
            .replace(
                "solution: [b]}",
                "solution: [b], attachment: {name: Emprunts du CDI, file: files/emprunts.csv}}")
            .replace(
                "solution: [1, 3]}",
                "solution: [1, 3], attachment: {name: Copie, file: files/copies/emprunts-copie.csv},"
                    + " illustration: {file: files/diagramme.svg, alt: Un diagramme en barres}}");
    Map<String, byte[]> files = files(version, competence);
    files.put("files/emprunts.csv", csv);
    files.put("files/copies/emprunts-copie.csv", csv);
    files.put("files/diagramme.svg", svg);
    return files;
  }

  private static Map<String, byte[]> files(String version, String competence) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("pack.yaml", PACK.formatted(version).getBytes(StandardCharsets.UTF_8));
    files.put("competences/1.1.yaml", competence.getBytes(StandardCharsets.UTF_8));
    files.put("target-profiles.yaml", PROFILES.getBytes(StandardCharsets.UTF_8));
    files.put("discovery-tests.yaml", DISCOVERY.getBytes(StandardCharsets.UTF_8));
    return files;
  }
}
