package org.opencrcn.tools.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.opencrcn.campaign.domain.Rates;
import org.opencrcn.campaign.domain.Recommendation;
import org.opencrcn.campaign.infrastructure.ResultSql;
import org.opencrcn.shared.infrastructure.DatabaseMigrator;

/**
 * The collective results and the analysis of a campaign of N shared participations (default 10,000)
 * on a profile of 32 tubes (2 per competence, levels 1 to 4, all 16 competences), computed with the
 * application's own SQL ({@link ResultSql}) and rules on an H2 file database migrated like the
 * server's. Each figure is the median of 7 runs after 3 warm-up runs. Last line: {@code
 * participants=… results_ms=… analysis_ms=…} (goal ≤ 300 ms each).
 */
public final class CampaignResultsBenchmark {
  private static final int TUBES_PER_COMPETENCE = 2;
  private static final String[] COMPETENCES = {
    "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2",
    "4.3", "5.1", "5.2"
  };

  private CampaignResultsBenchmark() {}

  public static void main(String[] args) throws Exception {
    int participants =
        args.length > 0 ? Integer.parseInt(args[0].replace("participants=", "")) : 10_000;
    Path dir = Files.createTempDirectory("opencrcn-results-bench");
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:file:"
            + dir.resolve("h2/opencrcn")
            + ";DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE");
    new DatabaseMigrator(dataSource, CampaignResultsBenchmark.class.getClassLoader())
        .migrate(false);
    long campaign;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      campaign = generate(connection, participants);
      connection.commit();
    }
    long[] results = new long[7];
    long[] analysis = new long[7];
    try (Connection connection = dataSource.getConnection()) {
      for (int run = -3; run < results.length; run++) {
        long start = System.nanoTime();
        int competences = results(connection, campaign);
        long middle = System.nanoTime();
        int tubes = analysis(connection, campaign);
        long end = System.nanoTime();
        if (competences != COMPETENCES.length
            || tubes != COMPETENCES.length * TUBES_PER_COMPETENCE) {
          throw new IllegalStateException(competences + " competences, " + tubes + " tubes");
        }
        if (run >= 0) {
          results[run] = middle - start;
          analysis[run] = end - middle;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "participants=%d results_ms=%.2f analysis_ms=%.2f%n",
        participants,
        median(results) / 1e6,
        median(analysis) / 1e6);
    deleteTree(dir);
  }

  /** The results tab: per competence, then per area added up, with mastery rates. */
  private static int results(Connection connection, long campaign) throws Exception {
    Map<String, long[]> areas = new HashMap<>();
    int competences = 0;
    try (PreparedStatement query = connection.prepareStatement(jdbc(ResultSql.BY_COMPETENCE))) {
      query.setLong(1, campaign);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          competences++;
          long targeted = rows.getLong(3);
          long validated = rows.getLong(4);
          Rates.percent(validated, targeted);
          long[] area = areas.computeIfAbsent(rows.getString(1).substring(0, 1), a -> new long[2]);
          area[0] += targeted;
          area[1] += validated;
        }
      }
    }
    areas.values().forEach(a -> Rates.percent(a[1], a[0]));
    return competences;
  }

  /** The analysis tab: per tube, the recommendation score, sorted. */
  private static int analysis(Connection connection, long campaign) throws Exception {
    List<Double> scores = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(jdbc(ResultSql.BY_TUBE))) {
      query.setLong(1, campaign);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          double average = (double) rows.getLong(4) / rows.getLong(3);
          scores.add(Recommendation.score(average, 4, 4));
        }
      }
    }
    scores.sort(null);
    return scores.size();
  }

  private static long generate(Connection connection, int participants) throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "insert into organization (type, name, uai) values ('SCO', 'Collège du banc d''essai', '0389999B')");
      statement.executeUpdate(
          "insert into target_profile (id, name, category, active) values ('bench', 'Banc d''essai', 'COMPETENCES', true)");
    }
    try (PreparedStatement account =
        connection.prepareStatement(
            "insert into account (subject, username, first_name, last_name) values (?, ?, 'Élève', ?)")) {
      for (int i = 0; i <= participants; i++) {
        account.setString(1, "bench-" + i);
        account.setString(2, "bench-" + i);
        account.setString(3, "Nom" + i);
        account.addBatch();
        if (i % 1000 == 0) {
          account.executeBatch();
        }
      }
      account.executeBatch();
    }
    long organization = single(connection, "select id from organization where uai = '0389999B'");
    long firstAccount =
        single(connection, "select min(id) from account where subject like 'bench-%'");
    try (PreparedStatement campaign =
        connection.prepareStatement(
            "insert into campaign (organization_id, code, name, campaign_type, target_profile_id, owner_id, created_at)"
                + " values (?, 'BENCHE234', 'Banc d''essai', 'ASSESSMENT', 'bench', ?, ?)")) {
      campaign.setLong(1, organization);
      campaign.setLong(2, firstAccount);
      campaign.setObject(3, now);
      campaign.executeUpdate();
    }
    long campaign = single(connection, "select id from campaign where code = 'BENCHE234'");
    int tubes = COMPETENCES.length * TUBES_PER_COMPETENCE;
    try (PreparedStatement participation =
        connection.prepareStatement(
            "insert into campaign_participation (campaign_id, account_id, first_name, last_name, division,"
                + " status, targeted_skills, assessed_skills, validated_skills, created_at, shared_at)"
                + " values (?, ?, 'Élève', ?, ?, 'SHARED', ?, ?, ?, ?, ?)")) {
      for (int i = 1; i <= participants; i++) {
        participation.setLong(1, campaign);
        participation.setLong(2, firstAccount + i);
        participation.setString(3, "Nom" + i);
        participation.setString(4, "3e" + (char) ('A' + i % 8));
        participation.setInt(5, tubes * 4);
        participation.setInt(6, tubes * 4);
        participation.setInt(7, tubes * 2);
        participation.setObject(8, now);
        participation.setObject(9, now);
        participation.addBatch();
        if (i % 1000 == 0) {
          participation.executeBatch();
        }
      }
      participation.executeBatch();
    }
    try (PreparedStatement tube =
        connection.prepareStatement(
            "insert into campaign_participation_tube (participation_id, tube_name, competence_code,"
                + " targeted_skills, validated_skills, reached_level)"
                + " select id, ?, ?, 4, ?, ? from campaign_participation where campaign_id = ?")) {
      int t = 0;
      for (String competence : COMPETENCES) {
        for (int k = 0; k < TUBES_PER_COMPETENCE; k++) {
          int reached = t++ % 5;
          tube.setString(1, tubeName(competence, k));
          tube.setString(2, competence);
          tube.setInt(3, reached);
          tube.setInt(4, reached);
          tube.setLong(5, campaign);
          tube.executeUpdate();
        }
      }
    }
    // The campaign's totals as the application keeps them: a zero row per tube at creation, then
    // each participant's tubes added as they share (the same statements).
    try (PreparedStatement open = connection.prepareStatement(jdbc(ResultSql.OPEN_TUBE))) {
      for (String competence : COMPETENCES) {
        for (int k = 0; k < TUBES_PER_COMPETENCE; k++) {
          open.setLong(1, campaign);
          open.setString(2, tubeName(competence, k));
          open.setString(3, competence);
          open.executeUpdate();
        }
      }
    }
    try (PreparedStatement add = connection.prepareStatement(jdbc(ResultSql.ADD_TO_TUBE))) {
      for (int i = 1; i <= participants; i++) {
        int t = 0;
        for (String competence : COMPETENCES) {
          for (int k = 0; k < TUBES_PER_COMPETENCE; k++) {
            int reached = t++ % 5;
            add.setInt(1, 1);
            add.setInt(2, 4);
            add.setInt(3, reached);
            add.setInt(4, reached);
            add.setLong(5, campaign);
            add.setString(6, tubeName(competence, k));
            add.addBatch();
          }
        }
        if (i % 100 == 0) {
          add.executeBatch();
        }
      }
      add.executeBatch();
    }
    return campaign;
  }

  private static String tubeName(String competence, int k) {
    return "bench" + competence.replace(".", "") + "t" + k;
  }

  /** JPA's positional parameters ({@code ?1}) as JDBC's. */
  private static String jdbc(String sql) {
    return sql.replaceAll("\\?\\d+", "?");
  }

  private static long single(Connection connection, String sql) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void deleteTree(Path dir) throws Exception {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
