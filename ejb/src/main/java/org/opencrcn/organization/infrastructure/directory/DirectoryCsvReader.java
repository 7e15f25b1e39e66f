package org.opencrcn.organization.infrastructure.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opencrcn.organization.domain.DirectoryError;
import org.opencrcn.organization.domain.OrganizationRules;
import org.opencrcn.organization.domain.OrganizationType;
import org.opencrcn.organization.domain.Problem;
import org.opencrcn.organization.domain.Refusal;
import org.opencrcn.organization.domain.Uai;

/**
 * Reads the establishments directory: a {@code ;}-separated CSV whose first line names the columns
 * ({@link DirectoryColumn}), in any encoding {@link CsvEncoding} recognises. Every line is checked
 * by the organisation rules, plus: a UAI on every line (it is what an import matches on), a known
 * establishment type, and each UAI once in the file. Values are kept as written (a text such as
 * {@code =HYPERLINK(...)} is a name like any other: only exports neutralise formulas).
 */
public final class DirectoryCsvReader {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(true).get();

  private static final Pattern START_LINE = Pattern.compile("(?:startline|line:) (\\d+)");

  private final OrganizationRules rules;

  public DirectoryCsvReader(OrganizationRules rules) {
    this.rules = rules;
  }

  public DirectoryReading read(byte[] file) {
    if (file.length == 0) {
      return DirectoryReading.refused("", DirectoryError.ofFile(Problem.of(Refusal.FILE_EMPTY)));
    }
    CsvEncoding.Decoded decoded = CsvEncoding.decode(file);
    String encoding = decoded.charset().name();
    try (CSVParser parser = FORMAT.parse(new StringReader(decoded.text()))) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return DirectoryReading.refused(
            encoding, DirectoryError.ofFile(Problem.of(Refusal.FILE_EMPTY)));
      }
      Map<DirectoryColumn, Integer> columns = columns(records.next());
      List<DirectoryColumn> missing =
          List.of(DirectoryColumn.values()).stream().filter(c -> !columns.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        String names =
            String.join(", ", missing.stream().map(DirectoryColumn::exportName).toList());
        return DirectoryReading.refused(
            encoding, new DirectoryError(1, "", new Problem(Refusal.COLUMNS_MISSING, names)));
      }
      return readLines(parser, records, columns, encoding);
    } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
      // Commons CSV reports a quote left open as an unchecked exception naming the line it began
      // on.
      return DirectoryReading.refused(
          encoding,
          DirectoryError.ofFile(new Problem(Refusal.FILE_UNREADABLE, startLineIn(unreadable))));
    }
  }

  private DirectoryReading readLines(
      CSVParser parser,
      Iterator<CSVRecord> records,
      Map<DirectoryColumn, Integer> columns,
      String encoding) {
    List<DirectoryEntry> entries = new ArrayList<>();
    List<DirectoryError> errors = new ArrayList<>();
    Map<String, Long> firstLineOfUai = new HashMap<>();
    while (records.hasNext()) {
      CSVRecord record = records.next();
      long line = startLine(parser.getCurrentLineNumber(), record);
      DirectoryLine values = new DirectoryLine(record, columns);
      List<Problem> problems = new ArrayList<>();
      OrganizationRules.Checked checked = check(values, problems);
      Uai.normalize(values.uai())
          .map(uai -> firstLineOfUai.putIfAbsent(uai, line))
          .ifPresent(
              first ->
                  problems.add(new Problem(Refusal.UAI_DUPLICATE_IN_FILE, String.valueOf(first))));
      if (problems.isEmpty()) {
        entries.add(new DirectoryEntry(line, checked.details().orElseThrow()));
      } else {
        String writtenUai = values.uai() == null ? "" : values.uai().strip();
        problems.forEach(problem -> errors.add(new DirectoryError(line, writtenUai, problem)));
      }
    }
    return new DirectoryReading(
        encoding, errors.isEmpty() ? List.copyOf(entries) : List.of(), List.copyOf(errors));
  }

  /** The organisation rules, with the directory's type labels, and a UAI on every line. */
  private OrganizationRules.Checked check(DirectoryLine values, List<Problem> problems) {
    Optional<String> label = values.type();
    Optional<OrganizationType> type = label.flatMap(EstablishmentTypes::of);
    if (label.isPresent() && type.isEmpty()) {
      problems.add(new Problem(Refusal.TYPE_UNKNOWN, label.get()));
    }
    var checked =
        rules.check(
            type.orElse(null),
            values.name(),
            values.uai(),
            values.town(),
            values.academy(),
            values.email());
    checked.problems().stream()
        .filter(problem -> problem.refusal() != Refusal.TYPE_REQUIRED || label.isEmpty())
        .forEach(problems::add);
    boolean uaiRequiredSaid =
        problems.stream().anyMatch(problem -> problem.refusal() == Refusal.UAI_REQUIRED);
    if (Uai.normalize(values.uai()).isEmpty() && !uaiRequiredSaid) {
      problems.add(Problem.of(Refusal.UAI_REQUIRED));
    }
    return checked;
  }

  private static Map<DirectoryColumn, Integer> columns(CSVRecord header) {
    Map<DirectoryColumn, Integer> columns = new EnumMap<>(DirectoryColumn.class);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      int index = i;
      for (DirectoryColumn column : DirectoryColumn.values()) {
        if (column.matches(name)) {
          columns.putIfAbsent(column, index);
        }
      }
    }
    return columns;
  }

  /**
   * The line Commons CSV names in its message ("(startline 12) EOF reached before encapsulated
   * token finished", "Invalid character ... at line: 12, position: 4"), or "?" when it names none.
   */
  static String startLineIn(Exception unreadable) {
    Matcher line = START_LINE.matcher(String.valueOf(unreadable.getMessage()));
    return line.find() ? line.group(1) : "?";
  }

  /** The parser counts lines up to a record's end; a quoted value may span several lines. */
  private static long startLine(long endLine, CSVRecord record) {
    long breaks =
        record.stream()
            .mapToLong(
                value ->
                    value.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count())
            .sum();
    return endLine - breaks;
  }
}
