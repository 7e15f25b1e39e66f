package org.opencrcn.organization.infrastructure.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencrcn.organization.domain.siecle.SiecleIssue;
import org.opencrcn.organization.domain.siecle.SiecleProblem;
import org.opencrcn.organization.domain.siecle.SiecleRecord;
import org.opencrcn.organization.infrastructure.siecle.SiecleFiles.Checked;

/**
 * The corpus of src/test/resources/siecle: what is accepted exactly as written, what is refused and
 * why.
 */
class SiecleFilesTest {
  private static final String UAI = "0381999Z";
  private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);

  @Test
  @DisplayName(
      "A real-looking ISO-8859-15 export keeps the pupils with an INE, no leaving date and a class")
  void isoExport() {
    Checked checked = read("valid-iso-8859-15.xml");

    assertThat(checked.accepted()).isTrue();
    assertThat(checked.records())
        .extracting(
            SiecleRecord::ine,
            SiecleRecord::familyName,
            SiecleRecord::usageName,
            SiecleRecord::firstName,
            SiecleRecord::secondName,
            SiecleRecord::sex,
            SiecleRecord::birthdate,
            SiecleRecord::birthCountryCode,
            SiecleRecord::division)
        .containsExactly(
            tuple(
                "070000001AA",
                "MARTIN",
                null,
                "Léa",
                "Chloé",
                "F",
                LocalDate.of(2012, 3, 14),
                "99100",
                "6A"),
            tuple(
                "070000002BB",
                "LEFÈVRE",
                "DUPONT-LEFÈVRE",
                "Noé",
                "Jean-Œdipe",
                "M",
                LocalDate.of(2011, 11, 2),
                "99100",
                "5B"),
            tuple(
                "070000003CC",
                "SMITH",
                null,
                "Harry",
                null,
                "M",
                LocalDate.of(2012, 7, 1),
                "99132",
                "6A"));
    assertThat(checked.records().get(2).birthTown()).isEqualTo("LONDRES");
    assertThat(checked.skipped()).as("left, without INE, without class").isEqualTo(3);
  }

  @Test
  @DisplayName("A UTF-8 file with a BOM reads the same")
  void utf8WithBom() {
    Checked checked = read("valid-utf8-bom.xml");

    assertThat(checked.issues()).isEmpty();
    assertThat(checked.records())
        .extracting(SiecleRecord::secondName)
        .containsExactly("Chloé", "Jean-Œdipe");
  }

  @Test
  @DisplayName("Names holding formula-like text are stored exactly as written")
  void formulaLikeNames() {
    Checked checked = read("formula-names.xml");

    assertThat(checked.issues()).isEmpty();
    SiecleRecord pupil = checked.records().get(0);
    assertThat(pupil.familyName()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"clic\")");
    assertThat(pupil.firstName()).isEqualTo("+SUM(A1)");
    assertThat(pupil.usageName()).isEqualTo("@cmd");
    assertThat(pupil.secondName()).isEqualTo("-1+1");
  }

  @Test
  @DisplayName("A zip holding one XML export reads like the export")
  void zippedExport() {
    assertThat(read("valid.zip").records())
        .extracting(SiecleRecord::ine)
        .containsExactly("070000001AA", "070000002BB", "070000003CC");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "xxe.xml, DTD_FORBIDDEN",
    "external-dtd.xml, DTD_FORBIDDEN",
    "billion-laughs.xml, DTD_FORBIDDEN",
    "truncated.xml, MALFORMED_XML",
    "encoding-mismatch.xml, ENCODING_MISMATCH",
    "other-school.xml, UAI_MISMATCH",
    "no-uai.xml, UAI_MISSING",
    "not-xml.xml, NOT_XML",
    "plain-text.xml, NOT_XML",
    "two-files.zip, ZIP_NOT_ONE_FILE",
    "traversal.zip, ZIP_TRAVERSAL",
    "not-xml-inside.zip, ZIP_NOT_XML",
    "bomb.zip, ZIP_TOO_LARGE",
    "missing-column.csv, CSV_COLUMN_MISSING"
  })
  @DisplayName("Hostile or broken files are refused whole, with the reason")
  void refusedFiles(String file, SiecleProblem problem) {
    Checked checked = read(file);

    assertThat(checked.accepted()).isFalse();
    assertThat(checked.records()).isEmpty();
    assertThat(checked.issues()).extracting(SiecleIssue::problem).containsExactly(problem);
  }

  @Test
  @DisplayName("Another school's file names the UAI it carries")
  void otherSchoolNamesItsUai() {
    assertThat(read("other-school.xml").issues().get(0).detail()).isEqualTo("0382888Y");
  }

  @Test
  @DisplayName("A truncated file says at which line it stops")
  void truncatedSaysWhere() {
    assertThat(read("truncated.xml").issues().get(0).line()).isGreaterThan(10);
  }

  @Test
  @DisplayName("A duplicated INE refuses the file and names the INE")
  void duplicatedIne() {
    assertThat(read("duplicate-ine.xml").issues())
        .extracting(SiecleIssue::problem, SiecleIssue::ine)
        .containsExactly(tuple(SiecleProblem.INE_DUPLICATED, "070000001AA"));
  }

  @Test
  @DisplayName("A current pupil without an INE refuses the file (not skipped silently)")
  void missingIneInXml() {
    assertThat(read("missing-ine.xml").issues())
        .extracting(SiecleIssue::problem)
        .containsExactly(SiecleProblem.INE_MISSING);
  }

  @Test
  @DisplayName("Missing birthdate and sex are both reported for the pupil")
  void missingBirthdateAndSex() {
    assertThat(read("missing-birthdate-and-sex.xml").issues())
        .extracting(SiecleIssue::problem)
        .containsExactlyInAnyOrder(SiecleProblem.SEX_MISSING, SiecleProblem.BIRTHDATE_MISSING);
  }

  @Test
  @DisplayName("A pupil born in France needs the birth town code")
  void birthTownForFrance() {
    assertThat(read("birth-town-missing.xml").issues())
        .extracting(SiecleIssue::problem, SiecleIssue::ine)
        .containsExactly(tuple(SiecleProblem.BIRTH_TOWN_CODE_MISSING, "070000001AA"));
  }

  @Test
  @DisplayName("An impossible date (31 February) is refused with the value")
  void impossibleDate() {
    assertThat(read("impossible-date.xml").issues())
        .extracting(SiecleIssue::problem, SiecleIssue::detail)
        .containsExactly(tuple(SiecleProblem.BIRTHDATE_INVALID, "31/02/2012"));
  }

  @Test
  @DisplayName("The CSV template reads in UTF-8 and in Excel's Windows-1252 alike")
  void csvEncodings() {
    for (String file : new String[] {"valid-utf8.csv", "valid-windows-1252.csv"}) {
      Checked checked = read(file);
      assertThat(checked.issues()).as(file).isEmpty();
      assertThat(checked.records())
          .as(file)
          .extracting(
              SiecleRecord::familyName,
              SiecleRecord::secondName,
              SiecleRecord::birthCountryCode,
              SiecleRecord::division)
          .containsExactly(
              tuple("MARTIN", "Chloé", "99100", "6A"),
              tuple("LEFÈVRE", "Jean-Œdipe", "99100", "5B"),
              tuple("SMITH", null, "99132", "6A"));
    }
  }

  @Test
  @DisplayName("A CSV pupil without INE is refused, at its line")
  void csvMissingIne() {
    assertThat(read("missing-ine.csv").issues())
        .extracting(SiecleIssue::problem, SiecleIssue::line)
        .containsExactly(tuple(SiecleProblem.INE_MISSING, 3));
  }

  @Test
  @DisplayName("Every problem of every CSV pupil is listed")
  void csvCollectsEveryProblem() {
    assertThat(read("csv-errors.csv").issues())
        .extracting(SiecleIssue::line, SiecleIssue::problem, SiecleIssue::detail)
        .containsExactly(
            tuple(2, SiecleProblem.SEX_INVALID, "X"),
            tuple(2, SiecleProblem.BIRTHDATE_INVALID, "30/02/2012"),
            tuple(2, SiecleProblem.BIRTH_TOWN_CODE_MISSING, null),
            tuple(2, SiecleProblem.REQUIRED_VALUE_MISSING, "Statut"),
            tuple(2, SiecleProblem.REQUIRED_VALUE_MISSING, "Division"),
            tuple(3, SiecleProblem.INE_DUPLICATED, "070000001AA"),
            tuple(3, SiecleProblem.BIRTH_TOWN_MISSING, null));
  }

  @Test
  @DisplayName("Progress is reported while reading")
  void progress() {
    AtomicInteger last = new AtomicInteger();
    SiecleFiles.read(
        resource("valid-iso-8859-15.xml"), SiecleFiles.Format.XML, UAI, TODAY, last::set);

    assertThat(last.get()).isEqualTo(3);
  }

  static Checked read(String name) {
    Path file = resource(name);
    return SiecleFiles.read(file, SiecleFiles.format(name, file), UAI, TODAY, read -> {});
  }

  static Path resource(String name) {
    try {
      return Path.of(SiecleFilesTest.class.getResource("/siecle/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
