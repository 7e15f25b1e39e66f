package org.opencrcn.tools.content;

import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.opencrcn.referential.domain.CrcnFrame;
import org.opencrcn.referential.infrastructure.pack.ContentPackReader;

/**
 * Writes a large synthetic content pack for benchmarks and simulations: {@code
 * ./generate-content.sh <folder> [tubes per competence] [levels] [challenges per skill] [seed]}
 * (default 10 × 8 × 5: 16 competences, 160 tubes, 1,280 skills, 6,400 challenges). The pack is
 * valid by construction and deterministic for a seed.
 */
public final class GenerateContentPackCommand {
  private static final YAMLMapper YAML =
      YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

  private GenerateContentPackCommand() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.out.println(
          "usage: ./generate-content.sh <folder> [tubes] [levels] [challenges] [seed]");
      System.exit(2);
    }
    long start = System.nanoTime();
    Path folder = Path.of(args[0]);
    int tubes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int levels = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int challenges = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
    int written = generate(folder, tubes, levels, challenges, new Random(seed));
    System.out.printf(
        "competences=%d tubes=%d skills=%d challenges=%d seconds=%.2f%n",
        CrcnFrame.COMPETENCE_CODES.size(),
        CrcnFrame.COMPETENCE_CODES.size() * tubes,
        CrcnFrame.COMPETENCE_CODES.size() * tubes * levels,
        written,
        (System.nanoTime() - start) / 1e9);
  }

  public static int generate(
      Path folder, int tubes, int levels, int challengesPerSkill, Random random)
      throws IOException {
    Files.createDirectories(folder.resolve("competences"));
    YAML.writeValue(
        folder.resolve("pack.yaml").toFile(),
        Map.of(
            "format",
            ContentPackReader.FORMAT,
            "id",
            "synthetic",
            "version",
            "generated",
            "title",
            "Pack synthétique",
            "locales",
            List.of("fr")));
    int written = 0;
    List<Map<String, Object>> profileTubes = new ArrayList<>();
    for (String code : new TreeSet<>(CrcnFrame.COMPETENCE_CODES)) {
      List<Map<String, Object>> tubeList = new ArrayList<>();
      for (int t = 1; t <= tubes; t++) {
        String tube = "syn" + code.replace(".", "") + "t" + t;
        List<Map<String, Object>> skills = new ArrayList<>();
        for (int level = 1; level <= levels; level++) {
          List<Map<String, Object>> challenges = new ArrayList<>();
          for (int c = 1; c <= challengesPerSkill; c++) {
            challenges.add(challenge(tube + "-" + level + "-" + c, random));
            written++;
          }
          skills.add(
              Map.of(
                  "level", level, "tutorials", tutorial(tube + level), "challenges", challenges));
        }
        tubeList.add(Map.of("name", tube, "title", "Sujet " + t + " de " + code, "skills", skills));
        if (t == 1) {
          profileTubes.add(Map.of("tube", tube, "maxLevel", levels));
        }
      }
      Map<String, Object> competence = new LinkedHashMap<>();
      competence.put("competence", code);
      competence.put("tubes", tubeList);
      YAML.writeValue(folder.resolve("competences/" + code + ".yaml").toFile(), competence);
    }
    YAML.writeValue(
        folder.resolve("target-profiles.yaml").toFile(),
        Map.of(
            "targetProfiles",
            List.of(
                Map.of(
                    "id",
                    "synthetic-all",
                    "name",
                    "Synthétique",
                    "category",
                    "OTHER",
                    "tubes",
                    profileTubes))));
    return written;
  }

  /**
   * Writes a pack of one competence whose tubes span the given levels (one skill per level), for
   * simulations of a chosen shape; valid by construction.
   *
   * @param tubeLevels per tube name (lower-case letters and digits), its lowest and highest level
   */
  public static void generateCompetence(
      Path folder,
      String id,
      String competenceCode,
      Map<String, int[]> tubeLevels,
      int challengesPerSkill,
      Random random)
      throws IOException {
    Files.createDirectories(folder.resolve("competences"));
    YAML.writeValue(
        folder.resolve("pack.yaml").toFile(),
        Map.of(
            "format",
            ContentPackReader.FORMAT,
            "id",
            id,
            "version",
            "generated",
            "title",
            "Pack " + id,
            "locales",
            List.of("fr")));
    List<Map<String, Object>> tubeList = new ArrayList<>();
    tubeLevels.forEach(
        (tube, range) -> {
          List<Map<String, Object>> skills = new ArrayList<>();
          for (int level = range[0]; level <= range[1]; level++) {
            List<Map<String, Object>> challenges = new ArrayList<>();
            for (int c = 1; c <= challengesPerSkill; c++) {
              challenges.add(challenge(tube + "-" + level + "-" + c, random));
            }
            skills.add(
                Map.of(
                    "level", level, "tutorials", tutorial(tube + level), "challenges", challenges));
          }
          tubeList.add(Map.of("name", tube, "title", "Sujet " + tube, "skills", skills));
        });
    Map<String, Object> competence = new LinkedHashMap<>();
    competence.put("competence", competenceCode);
    competence.put("tubes", tubeList);
    YAML.writeValue(folder.resolve("competences/" + competenceCode + ".yaml").toFile(), competence);
  }

  private static List<Map<String, Object>> tutorial(String skill) {
    return List.of(
        Map.of(
            "title",
            "Tutoriel " + skill,
            "url",
            "https://fr.wikipedia.org/wiki/Num%C3%A9rique",
            "duration",
            5));
  }

  private static Map<String, Object> challenge(String id, Random random) {
    Map<String, Object> challenge = new LinkedHashMap<>();
    challenge.put("id", id);
    if (random.nextBoolean()) {
      challenge.put("type", "QCU");
      challenge.put("instruction", "Question " + id + " : quelle proposition est juste ?");
      challenge.put("proposals", List.of("A", "B", "C", "D"));
      challenge.put("solution", 1 + random.nextInt(4));
    } else {
      int a = random.nextInt(100), b = random.nextInt(100);
      challenge.put("type", "QROC");
      challenge.put("instruction", "Question " + id + " : combien font " + a + " + " + b + " ?");
      challenge.put("numeric", true);
      challenge.put("solution", List.of(String.valueOf(a + b)));
    }
    return challenge;
  }
}
