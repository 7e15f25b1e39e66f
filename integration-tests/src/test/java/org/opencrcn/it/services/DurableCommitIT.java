package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A committed answer reaches the database's files before the learner is told it is recorded, so
 * that a killed server loses nothing: H2 must not delay its writes (its default keeps commits in
 * memory up to 500 ms), PostgreSQL must flush its log at each commit.
 */
@ExtendWith(ArquillianExtension.class)
class DurableCommitIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(DurableCommitIT.class);
  }

  @Resource(lookup = "java:jboss/datasources/OpenCrcnDS")
  private DataSource dataSource;

  @Test
  @DisplayName("The application's database writes each commit at once")
  void commitsAreWrittenAtOnce() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String database = connection.getMetaData().getDatabaseProductName();

      if (database.equals("H2")) {
        assertThat(
                read(
                    connection,
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'"))
            .isEqualTo("0");
      } else {
        assertThat(database).isEqualTo("PostgreSQL");
        assertThat(read(connection, "SHOW synchronous_commit")).isEqualTo("on");
        assertThat(read(connection, "SHOW fsync")).isEqualTo("on");
      }
    }
  }

  private static String read(Connection connection, String query) throws SQLException {
    try (ResultSet row = connection.createStatement().executeQuery(query)) {
      assertThat(row.next()).as(query).isTrue();
      return row.getString(1);
    }
  }
}
