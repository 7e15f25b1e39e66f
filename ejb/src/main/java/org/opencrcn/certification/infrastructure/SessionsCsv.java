package org.opencrcn.certification.infrastructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opencrcn.certification.domain.CandidateLine;
import org.opencrcn.certification.domain.CandidateLineIssue;
import org.opencrcn.certification.domain.SessionLine;

/**
 * Reads the sessions template: {@code ;}-separated, one candidate a line, each line starting with
 * its session's fields (lines with the same site, room, date and time make one session; a line with
 * no candidate names plans a session without candidates). The candidate's columns are those of
 * {@link CandidateCsv}.
 */
public final class SessionsCsv {
  /** The session's columns, before the candidate's. */
  public static final List<String> SESSION_HEADER =
      List.of(
          "Site",
          "Salle",
          "Nom de la session",
          "Date de la session (jj/mm/aaaa)",
          "Heure de début (hh:mm)",
          "Surveillant(s)",
          "Observation");

  private SessionsCsv() {}

  public static List<String> header() {
    return Stream.concat(SESSION_HEADER.stream(), CandidateCsv.HEADER.stream()).toList();
  }

  /** The template, with its header and two example lines of one session. */
  public static byte[] template() {
    String session = "Bâtiment A;Salle 12;Groupe 1;15/03/2027;09:30;Mme Martin;;";
    String text =
        "\uFEFF"
            + String.join(";", header())
            + "\r\n"
            + session
            + "DUPONT;Camille;F;14/03/2004;Lyon;69;France;ETU-042;0;\r\n"
            + session
            + "DURAND;Léo;M;02/11/2003;Paris;75;France;ETU-043;33;\r\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The lines of the file, or the issue that stopped reading (bad header, no line). */
  public record Parsed(List<SessionLine> lines, List<CandidateLineIssue> fileIssues) {}

  public static Parsed read(byte[] bytes) {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(CandidateCsv.decode(bytes)), format)) {
      List<SessionLine> lines = new ArrayList<>();
      boolean header = true;
      for (CSVRecord record : parser) {
        if (header) {
          header = false;
          if (!isHeader(record)) {
            return new Parsed(
                List.of(),
                List.of(
                    new CandidateLineIssue(
                        1, CandidateLineIssue.Problem.BAD_HEADER, String.join(";", record))));
          }
          continue;
        }
        int line = (int) parser.getCurrentLineNumber();
        int c = SESSION_HEADER.size();
        CandidateLine candidate =
            new CandidateLine(
                line,
                cell(record, c),
                cell(record, c + 1),
                cell(record, c + 2),
                cell(record, c + 3),
                cell(record, c + 4),
                cell(record, c + 5),
                cell(record, c + 6),
                cell(record, c + 7),
                cell(record, c + 8),
                cell(record, c + 9));
        lines.add(
            new SessionLine(
                line,
                cell(record, 0),
                cell(record, 1),
                cell(record, 2),
                cell(record, 3),
                cell(record, 4),
                cell(record, 5),
                cell(record, 6),
                candidate));
      }
      if (lines.isEmpty()) {
        return new Parsed(
            List.of(), List.of(new CandidateLineIssue(1, CandidateLineIssue.Problem.EMPTY, "")));
      }
      return new Parsed(lines, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHeader(CSVRecord record) {
    List<String> expected = header();
    if (record.size() < expected.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      String cell = record.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
      if (!cell.equals(expected.get(i).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static String cell(CSVRecord record, int index) {
    return index < record.size() ? record.get(index) : null;
  }
}
