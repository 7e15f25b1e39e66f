package org.opencrcn.certification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.certification.domain.CandidateIdentity;
import org.opencrcn.certification.domain.CandidateLine;
import org.opencrcn.certification.domain.CandidateLineIssue;
import org.opencrcn.certification.domain.CandidateLineIssue.Problem;

class CandidateCsvTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final String HEADER = String.join(";", CandidateCsv.HEADER) + "\n";

  @Test
  @DisplayName("The template reads back as one valid candidate, accents intact")
  void templateReadsBack() {
    CandidateCsv.Parsed parsed = CandidateCsv.read(CandidateCsv.template());

    assertThat(parsed.fileIssues()).isEmpty();
    assertThat(parsed.lines()).hasSize(1);
    CandidateLine line = parsed.lines().get(0);
    assertThat(line.problems(TODAY)).isEmpty();
    CandidateIdentity identity = line.identity();
    assertThat(identity.familyName()).isEqualTo("DUPONT");
    assertThat(identity.birthdate()).isEqualTo(LocalDate.of(2004, 3, 14));
    assertThat(identity.extraTimePercent()).isZero();
    assertThat(identity.resultRecipientEmail()).isEqualTo("camille.dupont@example.org");
  }

  @Test
  @DisplayName("Every problem of every line is named with its line number and the value found")
  void everyBadLineNamed() {
    String csv =
        HEADER
            + "LEFÈVRE;Zoé;F;02/01/2004;;;;;33 %;\n"
            + ";Noé;X;31/02/2004;;;;;2000;pas-une-adresse\n"
            + "MARTIN;Léo;M;01/01/2030;;;;;;\n";

    List<CandidateLine> lines = CandidateCsv.read(csv.getBytes(StandardCharsets.UTF_8)).lines();

    assertThat(lines.get(0).problems(TODAY)).isEmpty();
    assertThat(lines.get(0).identity().extraTimePercent()).isEqualTo(33);
    assertThat(lines.get(1).problems(TODAY))
        .extracting(i -> i.line() + " " + i.problem() + " " + i.value())
        .containsExactly(
            "3 MISSING_NAME ",
            "3 BAD_SEX X",
            "3 BAD_BIRTHDATE 31/02/2004",
            "3 BAD_EXTRA_TIME 2000",
            "3 BAD_EMAIL pas-une-adresse");
    assertThat(lines.get(2).problems(TODAY))
        .extracting(CandidateLineIssue::problem)
        .containsExactly(Problem.BIRTHDATE_IN_THE_FUTURE);
  }

  @Test
  @DisplayName("Extra time: empty is 0, 999 is accepted, 1000 and -5 are refused")
  void extraTimeBounds() {
    assertThat(line("").problems(TODAY)).isEmpty();
    assertThat(line("999").problems(TODAY)).isEmpty();
    assertThat(line("1000").problems(TODAY))
        .extracting(CandidateLineIssue::problem)
        .containsExactly(Problem.BAD_EXTRA_TIME);
    assertThat(line("-5").problems(TODAY))
        .extracting(CandidateLineIssue::problem)
        .containsExactly(Problem.BAD_EXTRA_TIME);
  }

  @Test
  @DisplayName("A file from Excel in Windows-1252 keeps its accents")
  void windows1252() {
    byte[] bytes =
        (HEADER + "LEFÈVRE;Zoé;F;02/01/2004;;;;;;\n").getBytes(Charset.forName("windows-1252"));

    assertThat(CandidateCsv.read(bytes).lines().get(0).identity().familyName())
        .isEqualTo("LEFÈVRE");
  }

  @Test
  @DisplayName("Another header, or a header alone, is refused as a whole")
  void badHeaderOrEmpty() {
    assertThat(CandidateCsv.read("Nom;Prénom\nA;B\n".getBytes(StandardCharsets.UTF_8)).fileIssues())
        .extracting(CandidateLineIssue::problem)
        .containsExactly(Problem.BAD_HEADER);
    assertThat(CandidateCsv.read(HEADER.getBytes(StandardCharsets.UTF_8)).fileIssues())
        .extracting(CandidateLineIssue::problem)
        .containsExactly(Problem.EMPTY);
  }

  private static CandidateLine line(String extraTime) {
    return new CandidateLine(
        2, "A", "B", "F", "01/01/2004", null, null, null, null, extraTime, null);
  }
}
