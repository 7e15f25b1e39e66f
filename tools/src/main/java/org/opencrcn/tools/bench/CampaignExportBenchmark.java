package org.opencrcn.tools.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.opencrcn.campaign.domain.export.AssessmentExportLayout;
import org.opencrcn.campaign.domain.export.AssessmentParticipation;
import org.opencrcn.campaign.domain.export.CampaignExportHeader;
import org.opencrcn.campaign.domain.export.CampaignObjective;
import org.opencrcn.campaign.domain.export.ExportArea;
import org.opencrcn.campaign.domain.export.ExportCompetence;
import org.opencrcn.campaign.infrastructure.export.CampaignFileWriter;
import org.opencrcn.campaign.infrastructure.export.CsvCampaignWriter;
import org.opencrcn.campaign.infrastructure.export.ExportProgress;
import org.opencrcn.campaign.infrastructure.export.XlsxCampaignWriter;

/**
 * Writes the same generated participations of an assessment campaign on a profile covering the 16
 * competences to CSV, then to Excel, with the server's layout and writers, in a JVM limited to 128
 * MB of heap (./benchmark-export.sh). Both runs are preceded by a small warm-up of the same code so
 * that the ratio compares compiled code. Last line: {@code rows=… csv_seconds=… xlsx_seconds=…
 * ratio=… peak_heap_mb=…} (goals: ratio ≤ 1.5, peak heap ≤ 128 MB).
 */
public final class CampaignExportBenchmark {
  private static final String[] AREAS = {
    "Information et données",
    "Communication et collaboration",
    "Création de contenu",
    "Protection et sécurité",
    "Environnement numérique"
  };
  private static final int[] COMPETENCES_PER_AREA = {3, 4, 4, 3, 2};
  private static final String[] FAMILIES = {
    "MARTIN", "BERNARD", "DUBOIS", "LEFÈVRE", "GARÇON", "NGUYEN", "MÜLLER", "DA SILVA", "O'NEILL"
  };
  private static final String[] FIRSTS = {
    "Léa", "Noé", "Chloé", "Jérôme", "Zoé", "Inès", "Maël", "=HYPERLINK(\"http://x\",\"y\")"
  };

  private static final int ROUNDS = 3;

  private CampaignExportBenchmark() {}

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    CampaignExportHeader header = header();
    Path dir = Files.createTempDirectory("opencrcn-export-bench");
    try {
      CsvCampaignWriter csv = new CsvCampaignWriter();
      XlsxCampaignWriter xlsx = new XlsxCampaignWriter();
      // Warm-up: the same code on a few thousand rows, so that both timings are of compiled code.
      for (int i = 0; i < 2; i++) {
        time(csv, header, Math.min(rows, 5_000), dir.resolve("warm.csv"));
        time(xlsx, header, Math.min(rows, 5_000), dir.resolve("warm.xlsx"));
      }
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      // Best of three rounds, formats interleaved: the machine is shared, the minimum is the figure
      // least disturbed by the others' load.
      double csvSeconds = Double.MAX_VALUE;
      double xlsxSeconds = Double.MAX_VALUE;
      for (int round = 0; round < ROUNDS; round++) {
        csvSeconds = Math.min(csvSeconds, time(csv, header, rows, dir.resolve("export.csv")));
        xlsxSeconds = Math.min(xlsxSeconds, time(xlsx, header, rows, dir.resolve("export.xlsx")));
      }
      long peakHeap =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(pool -> pool.getType() == MemoryType.HEAP)
              .mapToLong(pool -> pool.getPeakUsage().getUsed())
              .sum();
      System.out.printf(
          Locale.ROOT,
          "columns=%d csv_mb=%.1f xlsx_mb=%.1f max_heap_mb=%d%n",
          new AssessmentExportLayout(header).columns().size(),
          Files.size(dir.resolve("export.csv")) / 1_048_576.0,
          Files.size(dir.resolve("export.xlsx")) / 1_048_576.0,
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
      System.out.printf(
          Locale.ROOT,
          "rows=%d csv_seconds=%.2f xlsx_seconds=%.2f ratio=%.2f peak_heap_mb=%d%n",
          rows,
          csvSeconds,
          xlsxSeconds,
          xlsxSeconds / csvSeconds,
          peakHeap / (1024 * 1024));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }

  private static double time(
      CampaignFileWriter writer, CampaignExportHeader header, int rows, Path file)
      throws IOException {
    long start = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      long written =
          writer.write(
              new AssessmentExportLayout(header), participations(rows), out, ExportProgress.NONE);
      if (written != rows) {
        throw new IllegalStateException("Wrote " + written + " lines, expected " + rows);
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** A profile of 16 competences, 12 to 30 targeted skills each. */
  static CampaignExportHeader header() {
    List<ExportCompetence> competences = new ArrayList<>();
    List<ExportArea> areas = new ArrayList<>();
    for (int a = 0; a < AREAS.length; a++) {
      String area = String.valueOf(a + 1);
      areas.add(new ExportArea(area, AREAS[a]));
      for (int c = 1; c <= COMPETENCES_PER_AREA[a]; c++) {
        competences.add(
            new ExportCompetence(
                area + "." + c,
                "Compétence " + area + "." + c + " du référentiel CRCN",
                area,
                12 + (competences.size() * 7) % 19));
      }
    }
    return new CampaignExportHeader(
        "Collège du banc d'essai",
        4242,
        "BENCHX123",
        "Évaluation de rentrée 2026",
        "Parcours des 16 compétences",
        CampaignObjective.ASSESSMENT,
        "Numéro d'élève",
        competences,
        areas);
  }

  /** Deterministic participants, made one at a time as a streaming query hands them. */
  static Iterator<AssessmentParticipation> participations(int rows) {
    CampaignExportHeader header = header();
    int[] targeted =
        header.competences().stream().mapToInt(ExportCompetence::targetedSkills).toArray();
    SplittableRandom random = new SplittableRandom(13);
    Instant base = Instant.parse("2026-09-07T06:30:00Z");
    return new Iterator<>() {
      private int made;

      @Override
      public boolean hasNext() {
        return made < rows;
      }

      @Override
      public AssessmentParticipation next() {
        made++;
        int[] mastered = new int[targeted.length];
        for (int i = 0; i < targeted.length; i++) {
          mastered[i] = random.nextInt(targeted[i] + 1);
        }
        Instant started = base.plusSeconds(random.nextInt(30 * 24 * 3600));
        boolean shared = random.nextInt(10) < 9;
        return new AssessmentParticipation(
            FAMILIES[random.nextInt(FAMILIES.length)],
            FIRSTS[random.nextInt(FIRSTS.length)],
            (3 + random.nextInt(4)) + "E" + (1 + random.nextInt(6)),
            "E" + (100_000 + made),
            shared ? 1.0 : random.nextInt(100) / 100.0,
            started,
            shared ? started.plusSeconds(600 + random.nextInt(7200)) : null,
            mastered);
      }
    };
  }
}
