package org.opencrcn.certification.infrastructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opencrcn.certification.domain.CandidateLine;
import org.opencrcn.certification.domain.CandidateLineIssue;

/**
 * Reads the candidates template: {@code ;}-separated, its header first ({@link #HEADER}), one
 * candidate a line. UTF-8 (with or without BOM), or Windows-1252 as Excel writes it in France.
 */
public final class CandidateCsv {
  /** The template's columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "Nom de naissance",
          "Prénom",
          "Sexe (M/F)",
          "Date de naissance (jj/mm/aaaa)",
          "Commune de naissance",
          "Département de naissance",
          "Pays de naissance",
          "Classe ou identifiant externe",
          "Temps majoré (%)",
          "E-mail du destinataire des résultats");

  private CandidateCsv() {}

  /** The template, with its header and one example line, ready to open in a spreadsheet. */
  public static byte[] template() {
    String text =
        "\uFEFF"
            + String.join(";", HEADER)
            + "\r\n"
            + "DUPONT;Camille;F;14/03/2004;Lyon;69;France;ETU-2024-042;0;camille.dupont@example.org\r\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The lines of the file; a header other than the template's is reported as a line 1 issue. */
  public static Parsed read(byte[] bytes) {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(decode(bytes)), format)) {
      List<CandidateLine> lines = new ArrayList<>();
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
        lines.add(
            new CandidateLine(
                (int) parser.getCurrentLineNumber(),
                cell(record, 0),
                cell(record, 1),
                cell(record, 2),
                cell(record, 3),
                cell(record, 4),
                cell(record, 5),
                cell(record, 6),
                cell(record, 7),
                cell(record, 8),
                cell(record, 9)));
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

  /** The lines read, or the issue that stopped reading (bad header, no line). */
  public record Parsed(List<CandidateLine> lines, List<CandidateLineIssue> fileIssues) {}

  private static boolean isHeader(CSVRecord record) {
    if (record.size() < HEADER.size()) {
      return false;
    }
    for (int i = 0; i < HEADER.size(); i++) {
      String cell = record.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
      if (!cell.equals(HEADER.get(i).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static String cell(CSVRecord record, int index) {
    return index < record.size() ? record.get(index) : null;
  }

  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString()
          .replaceFirst("^\uFEFF", "");
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }
}
