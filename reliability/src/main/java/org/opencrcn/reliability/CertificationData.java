package org.opencrcn.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The crash test's certification morning, written with plain JDBC while WildFly is stopped (the H2
 * file is then free), as a centre and positioning tests would have left it: a centre, a session
 * today (Paris) with known codes, one typed candidate per simulated candidate (their registered
 * names and birthdate), and each candidate's account certifiable: every skill of level 1 to 3 of
 * the first 5 competences validated by a completed positioning test (level 1 or more on each).
 */
final class CertificationData {
  private static final String SUPERVISOR_PASSWORD = "Kx7*2b";

  private final String url;
  private final String user;
  private final String password;

  CertificationData(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  SittingCodes prepare(List<CandidateIdentity> candidates) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      connection.setAutoCommit(false);
      long centre =
          insert(
              connection,
              "INSERT INTO certification_centre (name, type) VALUES (?, 'SUP')",
              "Centre de la fiabilité");
      String accessCode = accessCode();
      long session =
          insert(
              connection,
              "INSERT INTO certification_session (centre_id, site, room, session_date, start_time,"
                  + " supervisor, access_code, supervisor_password, status, created_at)"
                  + " VALUES (?, 'Site', 'Salle 1', ?, ?, 'Mme Surveillante', ?, ?, 'CREATED', ?)",
              centre,
              // Today from midnight, Paris time: a session is joined on its day only.
              LocalDate.now(ZoneId.of("Europe/Paris")),
              LocalTime.MIDNIGHT,
              accessCode,
              SUPERVISOR_PASSWORD,
              LocalDateTime.now());
      List<String> competences = firstCompetences(connection);
      for (CandidateIdentity candidate : candidates) {
        insert(
            connection,
            "INSERT INTO certification_candidate (session_id, family_name, first_name, birthdate,"
                + " extra_time_percent) VALUES (?, ?, ?, ?, 0)",
            session,
            candidate.familyName(),
            candidate.firstName(),
            candidate.birthdate());
        certifiable(connection, account(connection, candidate.username()), competences);
      }
      connection.commit();
      return new SittingCodes(session, accessCode, SUPERVISOR_PASSWORD);
    }
  }

  private static void certifiable(Connection connection, long account, List<String> competences)
      throws SQLException {
    OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusDays(10);
    for (String competence : competences) {
      long assessment =
          insert(
              connection,
              "INSERT INTO assessment (account_id, competence_code, state, seed, created_at,"
                  + " completed_at, locale, improving) VALUES (?, ?, 'COMPLETED', ?, ?, ?, 'fr',"
                  + " false)",
              account,
              competence,
              ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
              then,
              then);
      try (PreparedStatement statement =
          connection.prepareStatement(
              "INSERT INTO knowledge_element (account_id, assessment_id, competence_code,"
                  + " skill_name, tube_name, skill_level, status, source, created_at)"
                  + " SELECT ?, ?, t.competence_code, s.name, s.tube_name, s.level, 'VALIDATED',"
                  + " 'DIRECT', ? FROM skill s JOIN tube t ON t.name = s.tube_name"
                  + " WHERE t.competence_code = ? AND s.active AND s.level <= 3")) {
        bind(statement, account, assessment, then, competence);
        statement.executeUpdate();
      }
    }
  }

  private static List<String> firstCompetences(Connection connection) throws SQLException {
    List<String> codes = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT DISTINCT t.competence_code FROM skill s JOIN tube t ON t.name ="
                    + " s.tube_name WHERE s.active AND s.level <= 3 ORDER BY t.competence_code");
        ResultSet result = statement.executeQuery()) {
      while (result.next() && codes.size() < 5) {
        codes.add(result.getString(1));
      }
    }
    if (codes.size() < 5) {
      throw new IllegalStateException("the content has fewer than 5 competences to certify");
    }
    return codes;
  }

  private static long account(Connection connection, String username) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT id FROM account WHERE username = ?")) {
      statement.setString(1, username);
      try (ResultSet result = statement.executeQuery()) {
        if (!result.next()) {
          throw new IllegalStateException("no account for " + username + " (not signed in yet?)");
        }
        return result.getLong(1);
      }
    }
  }

  private static long insert(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(statement, values);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no id generated by " + sql);
        }
        return keys.getLong(1); // id, the first column of every table written here
      }
    }
  }

  private static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }

  /** 4 letters then 2 digits of the platform's alphabets (docs/certification.md). */
  private static String accessCode() {
    String letters = "BCDFGHJKMPQRTVWXY";
    String digits = "2346789";
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      code.append(letters.charAt(random.nextInt(letters.length())));
    }
    for (int i = 0; i < 2; i++) {
      code.append(digits.charAt(random.nextInt(digits.length())));
    }
    return code.toString();
  }
}
