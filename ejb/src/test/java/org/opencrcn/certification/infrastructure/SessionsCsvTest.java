package org.opencrcn.certification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.certification.domain.CandidateLineIssue;
import org.opencrcn.certification.domain.SessionLine;

class SessionsCsvTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 10, 0);
  private static final String HEADER = String.join(";", SessionsCsv.header()) + "\n";

  @Test
  @DisplayName("The template reads back as two candidates of one session to come")
  void templateReadsBack() {
    List<SessionLine> lines = SessionsCsv.read(SessionsCsv.template()).lines();

    assertThat(lines).hasSize(2);
    assertThat(lines).allSatisfy(line -> assertThat(line.sessionProblems(NOW)).isEmpty());
    assertThat(lines).allMatch(SessionLine::hasCandidate);
    assertThat(lines.get(0).details().date()).isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(lines.get(0).details().startTime()).isEqualTo(LocalTime.of(9, 30));
    assertThat(lines.get(1).candidate().identity().familyName()).isEqualTo("DURAND");
  }

  @Test
  @DisplayName(
      "A session line names its missing fields, impossible date or time, and a moment already past")
  void sessionProblems() {
    String csv =
        HEADER
            + ";Salle 1;;15/03/2027;9h30;M. X;;;;;;;;;;;\n"
            + "Site;Salle 1;;31/02/2027;09:30;M. X;;;;;;;;;;;\n"
            + "Site;Salle 1;;04/12/2026;09:30;M. X;;;;;;;;;;;\n";

    List<SessionLine> lines = SessionsCsv.read(csv.getBytes(StandardCharsets.UTF_8)).lines();

    assertThat(lines.get(0).sessionProblems(NOW))
        .extracting(i -> i.line() + " " + i.problem() + " " + i.value())
        .containsExactly("2 SESSION_FIELD_MISSING ", "2 BAD_SESSION_TIME 9h30");
    assertThat(lines.get(1).sessionProblems(NOW))
        .extracting(CandidateLineIssue::problem)
        .containsExactly(CandidateLineIssue.Problem.BAD_SESSION_DATE);
    assertThat(lines.get(2).sessionProblems(NOW))
        .extracting(CandidateLineIssue::problem)
        .containsExactly(CandidateLineIssue.Problem.SESSION_IN_THE_PAST);
    assertThat(lines).noneMatch(SessionLine::hasCandidate);
  }

  @Test
  @DisplayName("The candidates template's header alone is not a sessions file")
  void wrongHeader() {
    assertThat(SessionsCsv.read(CandidateCsv.template()).fileIssues())
        .extracting(CandidateLineIssue::problem)
        .containsExactly(CandidateLineIssue.Problem.BAD_HEADER);
  }
}
