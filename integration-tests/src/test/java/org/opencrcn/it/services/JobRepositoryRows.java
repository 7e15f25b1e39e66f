package org.opencrcn.it.services;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * Reads JBeret's job repository tables in the application's database (configure-server.cli), as
 * another node would: the status of the job started with a given parameter.
 */
final class JobRepositoryRows {
  private JobRepositoryRows() {}

  /**
   * The batch status of the newest execution of {@code job} whose parameter {@code name} is {@code
   * value}, once it has ended (bounded wait: JBeret records the end just after the application's
   * own rows say "done"); empty when no such row exists.
   */
  static String endedStatus(EntityManager em, String job, String name, long value)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    String status = status(em, job, name, value);
    while (("STARTING".equals(status) || "STARTED".equals(status))
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      status = status(em, job, name, value);
    }
    return status;
  }

  @SuppressWarnings("unchecked")
  private static String status(EntityManager em, String job, String name, long value) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select e.batchstatus, e.jobparameters from job_execution e"
                    + " join job_instance i on i.jobinstanceid = e.jobinstanceid"
                    + " where i.jobname = ?1 order by e.jobexecutionid desc")
            .setParameter(1, job)
            .getResultList();
    for (Object[] row : rows) {
      if (Long.toString(value).equals(parameters(row[1]).getProperty(name))) {
        return (String) row[0];
      }
    }
    return "";
  }

  private static Properties parameters(Object column) {
    Properties parameters = new Properties();
    if (column != null) {
      try {
        parameters.load(new StringReader(column.toString()));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return parameters;
  }
}
