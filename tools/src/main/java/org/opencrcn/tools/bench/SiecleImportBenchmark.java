package org.opencrcn.tools.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.h2.jdbcx.JdbcDataSource;
import org.opencrcn.organization.infrastructure.PupilTableWriter;
import org.opencrcn.organization.infrastructure.siecle.SiecleFiles;
import org.opencrcn.shared.infrastructure.DatabaseMigrator;

/**
 * Imports a generated 50,000-pupil SIECLE export (ISO-8859-15) with the server's own code — the
 * streaming parser, the pupil rules, the batched JDBC writer in one transaction — into an H2 file
 * database, in a plain JVM (run with -Xmx256m by ./benchmark-siecle.sh). The Jakarta Batch
 * bookkeeping (a few progress rows) is left out. Last line: {@code pupils=… seconds=…
 * parse_seconds=… pupils_per_second=… peak_heap_mb=… live_heap_mb=…}.
 */
public final class SiecleImportBenchmark {
  private static final String UAI = "0381999Z";

  private SiecleImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int pupils = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    Path dir = Files.createTempDirectory("opencrcn-siecle-bench");
    Path xml = dir.resolve("ElevesSansAdresses.xml");
    generate(xml, pupils);
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + dir.resolve("h2/opencrcn") + ";DB_CLOSE_ON_EXIT=FALSE");
    new DatabaseMigrator(dataSource, SiecleImportBenchmark.class.getClassLoader()).migrate(false);
    long school;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO organization (type, name, uai) VALUES ('SCO', 'Lycée du banc d''essai', '"
              + UAI
              + "')");
      try (ResultSet id =
          statement.executeQuery("SELECT id FROM organization WHERE uai = '" + UAI + "'")) {
        id.next();
        school = id.getLong(1);
      }
    }
    System.out.printf(Locale.ROOT, "file_mb=%.1f%n", Files.size(xml) / 1_048_576.0);
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

    long start = System.nanoTime();
    SiecleFiles.Checked checked =
        SiecleFiles.read(xml, SiecleFiles.Format.XML, UAI, LocalDate.now(), read -> {});
    if (!checked.accepted()) {
      throw new IllegalStateException("Generated file refused: " + checked.issues().get(0));
    }
    double parseSeconds = (System.nanoTime() - start) / 1e9;
    PupilTableWriter.Counts counts;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      counts =
          new PupilTableWriter(connection, Instant.now())
              .write(school, checked.records(), written -> {});
      connection.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    // Occupancy high-water (garbage included: the JVM lets it grow towards -Xmx before collecting),
    // then what is really held once the import is done, the pupils still referenced.
    long peakHeap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    System.gc();
    long liveHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    java.lang.ref.Reference.reachabilityFence(checked);
    if (counts.created() != pupils) {
      throw new IllegalStateException("Expected " + pupils + " pupils created, got " + counts);
    }
    System.out.printf(
        Locale.ROOT,
        "pupils=%d seconds=%.2f parse_seconds=%.2f pupils_per_second=%.0f peak_heap_mb=%d live_heap_mb=%d max_heap_mb=%d%n",
        counts.created(),
        seconds,
        parseSeconds,
        counts.created() / seconds,
        peakHeap / (1024 * 1024),
        liveHeap / (1024 * 1024),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    deleteTree(dir);
  }

  /**
   * A real-looking export: accents, a few pupils gone or without INE, 30 classes, other structures.
   */
  static void generate(Path file, int pupils) throws IOException {
    String[] families = {
      "MARTIN",
      "BERNARD",
      "DUBOIS",
      "LEFÈVRE",
      "GARÇON",
      "NGUYEN",
      "MÜLLER",
      "ŒUVRARD",
      "DA SILVA",
      "O'NEILL"
    };
    String[] firsts = {
      "Léa", "Noé", "Chloé", "Jérôme", "Zoé", "Inès", "Maël", "Anaïs", "Gaëlle", "Hélène"
    };
    try (BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), Charset.forName("ISO-8859-15")))) {
      out.write(
          "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<BEE_ELEVES VERSION=\"3.1\">\n  <PARAMETRES>\n    <UAJ>"
              + UAI
              + "</UAJ>\n    <ANNEE_SCOLAIRE>2025</ANNEE_SCOLAIRE>\n  </PARAMETRES>\n  <DONNEES>\n    <ELEVES>\n");
      for (int i = 0; i < pupils; i++) {
        boolean abroad = i % 20 == 0;
        out.write(
            "      <ELEVE ELEVE_ID=\""
                + (100000 + i)
                + "\">\n"
                + "        <ID_NATIONAL>"
                + String.format(Locale.ROOT, "%09dAB", i)
                + "</ID_NATIONAL>\n"
                + "        <NOM_DE_FAMILLE>"
                + families[i % families.length]
                + "-"
                + i
                + "</NOM_DE_FAMILLE>\n"
                + "        <NOM_USAGE>"
                + (i % 7 == 0 ? families[(i + 3) % families.length] : "")
                + "</NOM_USAGE>\n"
                + "        <PRENOM>"
                + firsts[i % firsts.length]
                + "</PRENOM>\n"
                + "        <PRENOM2>"
                + firsts[(i + 1) % firsts.length]
                + "</PRENOM2>\n"
                + "        <PRENOM3></PRENOM3>\n"
                + "        <DATE_NAISS>"
                + String.format(Locale.ROOT, "%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 2008 + i % 6)
                + "</DATE_NAISS>\n"
                + "        <CODE_SEXE>"
                + (1 + i % 2)
                + "</CODE_SEXE>\n"
                + "        <CODE_PAYS>"
                + (abroad ? "132" : "100")
                + "</CODE_PAYS>\n"
                + "        <CODE_DEPARTEMENT_NAISS>038</CODE_DEPARTEMENT_NAISS>\n"
                + (abroad
                    ? "        <VILLE_NAISS>LONDRES</VILLE_NAISS>\n"
                    : "        <CODE_COMMUNE_INSEE_NAISS>38185</CODE_COMMUNE_INSEE_NAISS>\n")
                + "        <ADRESSE_ID>"
                + i
                + "</ADRESSE_ID>\n"
                + "        <CODE_MEF>10310019110</CODE_MEF>\n        <CODE_STATUT>ST</CODE_STATUT>\n      </ELEVE>\n");
      }
      out.write("    </ELEVES>\n    <STRUCTURES>\n");
      for (int i = 0; i < pupils; i++) {
        out.write(
            "      <STRUCTURES_ELEVE ELEVE_ID=\""
                + (100000 + i)
                + "\">\n"
                + "        <STRUCTURE>\n          <CODE_STRUCTURE>LATIN</CODE_STRUCTURE>\n          <TYPE_STRUCTURE>G</TYPE_STRUCTURE>\n        </STRUCTURE>\n"
                + "        <STRUCTURE>\n          <CODE_STRUCTURE>"
                + (3 + i % 4)
                + "e"
                + (char) ('A' + i % 8)
                + "</CODE_STRUCTURE>\n"
                + "          <TYPE_STRUCTURE>D</TYPE_STRUCTURE>\n        </STRUCTURE>\n      </STRUCTURES_ELEVE>\n");
      }
      out.write("    </STRUCTURES>\n  </DONNEES>\n</BEE_ELEVES>\n");
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
