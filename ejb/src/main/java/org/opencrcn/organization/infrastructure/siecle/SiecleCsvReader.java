package org.opencrcn.organization.infrastructure.siecle;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opencrcn.organization.domain.siecle.PupilRow;
import org.opencrcn.organization.domain.siecle.SiecleProblem;
import org.opencrcn.organization.domain.siecle.SiecleRefusedException;

/**
 * The SIECLE CSV template (docs/rules.md §6): {@code ;}-separated, a header whose starred columns
 * are required. A CSV declares no encoding: a UTF-8 BOM or valid UTF-8 is read as UTF-8, anything
 * else as ISO-8859-15, or Windows-1252 when it holds bytes only that code page uses (Excel's).
 */
final class SiecleCsvReader {
  enum Column {
    INE("Identifiant unique", true),
    FIRST_NAME("Premier prénom", true),
    SECOND_NAME("Deuxième prénom", false),
    THIRD_NAME("Troisième prénom", false),
    FAMILY_NAME("Nom de famille", true),
    USAGE_NAME("Nom d'usage", false),
    SEX("Code sexe", true),
    BIRTHDATE("Date de naissance (jj/mm/aaaa)", true),
    BIRTH_TOWN_CODE("Code commune naissance", false),
    BIRTH_TOWN("Libellé commune naissance", false),
    BIRTH_DEPARTMENT("Code département naissance", true),
    BIRTH_COUNTRY("Code pays naissance", true),
    STATUS("Statut", true),
    MEF("Code MEF", true),
    DIVISION("Division", true);

    final String label;
    final boolean required;

    Column(String label, boolean required) {
      this.label = label;
      this.required = required;
    }
  }

  private SiecleCsvReader() {}

  static List<PupilRow> read(byte[] bytes) {
    String text = decode(bytes);
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<PupilRow> rows = new ArrayList<>();
      Map<Column, Integer> columns = null;
      for (CSVRecord record : parser) {
        if (columns == null) {
          columns = header(record);
          continue;
        }
        int line = (int) parser.getCurrentLineNumber();
        Map<Column, Integer> at = columns;
        Function<Column, String> value =
            column ->
                at.containsKey(column) && at.get(column) < record.size()
                    ? record.get(at.get(column))
                    : null;
        rows.add(
            new PupilRow(
                line,
                value.apply(Column.INE),
                value.apply(Column.FAMILY_NAME),
                value.apply(Column.USAGE_NAME),
                value.apply(Column.FIRST_NAME),
                value.apply(Column.SECOND_NAME),
                value.apply(Column.THIRD_NAME),
                value.apply(Column.SEX),
                value.apply(Column.BIRTHDATE),
                value.apply(Column.BIRTH_COUNTRY),
                value.apply(Column.BIRTH_DEPARTMENT),
                value.apply(Column.BIRTH_TOWN_CODE),
                value.apply(Column.BIRTH_TOWN),
                value.apply(Column.MEF),
                value.apply(Column.STATUS),
                value.apply(Column.DIVISION),
                null));
      }
      if (columns == null) {
        throw new SiecleRefusedException(SiecleProblem.CSV_COLUMN_MISSING, 1, Column.INE.label);
      }
      return rows;
    } catch (IOException
        | UncheckedIOException
        | IllegalStateException
        | IllegalArgumentException e) {
      throw new SiecleRefusedException(SiecleProblem.CSV_MALFORMED, 0, null);
    }
  }

  private static Map<Column, Integer> header(CSVRecord record) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      byName.put(canonical(record.get(i)), i);
    }
    Map<Column, Integer> columns = new HashMap<>();
    for (Column column : Column.values()) {
      Integer index = byName.get(canonical(column.label));
      if (index != null) {
        columns.put(column, index);
      } else if (column.required) {
        throw new SiecleRefusedException(SiecleProblem.CSV_COLUMN_MISSING, 1, column.label);
      }
    }
    return columns;
  }

  /** Header names compared without stars, case, typographic apostrophes or Unicode forms. */
  private static String canonical(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC)
        .replace("*", "")
        .replace('’', '\'')
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  static String decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, singleByteCharset(bytes));
    }
  }

  /** 0x80–0x9F are control codes in ISO-8859-15 but letters (œ, Œ, €…) in Windows-1252. */
  private static Charset singleByteCharset(byte[] bytes) {
    for (byte b : bytes) {
      int unsigned = b & 0xff;
      if (unsigned >= 0x80 && unsigned <= 0x9F) {
        return Charset.forName("windows-1252");
      }
    }
    return Charset.forName("ISO-8859-15");
  }
}
