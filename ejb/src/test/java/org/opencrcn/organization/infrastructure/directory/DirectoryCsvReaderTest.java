package org.opencrcn.organization.infrastructure.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.organization.domain.DirectoryError;
import org.opencrcn.organization.domain.OrganizationDetails;
import org.opencrcn.organization.domain.OrganizationRules;
import org.opencrcn.organization.domain.OrganizationType;
import org.opencrcn.organization.domain.Problem;
import org.opencrcn.organization.domain.Refusal;

class DirectoryCsvReaderTest {
  private static final String HEADER =
      "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Statut_public_prive;Nom_commune;Libelle_academie;Mail\n";

  private final DirectoryCsvReader reader = new DirectoryCsvReader(new OrganizationRules(false));

  private static byte[] file(String lines, Charset charset) {
    return (HEADER + lines).getBytes(charset);
  }

  private DirectoryReading read(String lines) {
    return reader.read(file(lines, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("The ministry's columns are read, others ignored, types mapped, values trimmed")
  void readsTheExport() {
    DirectoryReading reading =
        read(
            "0381999z ; Collège Jean Moulin;Collège;Public;Grenoble;Grenoble;ce.0381999Z@ac-grenoble.fr\n"
                + "0389106S;CIO de Grenoble;Information et orientation;Public;Grenoble;Grenoble;\n");

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.encoding()).isEqualTo("UTF-8");
    assertThat(reading.entries())
        .containsExactly(
            new DirectoryEntry(
                2,
                new OrganizationDetails(
                    OrganizationType.SCO,
                    "Collège Jean Moulin",
                    "0381999Z",
                    "Grenoble",
                    "Grenoble",
                    "ce.0381999Z@ac-grenoble.fr")),
            new DirectoryEntry(
                3,
                new OrganizationDetails(
                    OrganizationType.PRO,
                    "CIO de Grenoble",
                    "0389106S",
                    "Grenoble",
                    "Grenoble",
                    null)));
  }

  @Test
  @DisplayName("A file in ISO-8859-15 with a byte order mark-less header reads its accents right")
  void iso885915() {
    DirectoryReading reading =
        reader.read(
            file(
                "0389102M;École maternelle du Sacré-Cœur;Ecole;Privé;Voiron;Grenoble;\n",
                Charset.forName("ISO-8859-15")));

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.encoding()).isEqualTo("ISO-8859-15");
    assertThat(reading.entries().get(0).details().name())
        .isEqualTo("École maternelle du Sacré-Cœur");
  }

  @Test
  @DisplayName("A byte order mark before the first column name does not hide that column")
  void bomBeforeHeader() {
    byte[] text =
        file("0389103N;Collège Stendhal;Collège;Public;Vienne;Grenoble;\n", StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    DirectoryReading reading = reader.read(withBom);

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.entries()).extracting(e -> e.details().uai()).containsExactly("0389103N");
  }

  @Test
  @DisplayName("Every bad line is reported with its line number and UAI; none is kept")
  void everyErrorReported() {
    DirectoryReading reading =
        read(
            "0389103N;Collège Stendhal;Collège;Public;Vienne;Grenoble;\n"
                + "38-103;Collège Mal;Collège;Public;Vienne;Grenoble;\n"
                + "0389104P;;Lycée;Public;Vienne;Grenoble;\n"
                + "0389105R;EREA;EREA;Public;Vienne;Grenoble;pas-une-adresse\n"
                + "0389103n;Collège Stendhal bis;Collège;Public;Vienne;Grenoble;\n"
                + ";Sans UAI;Information et orientation;Public;Vienne;Grenoble;\n"
                + "0389107T;Université;Université;Public;Vienne;Grenoble;\n");

    assertThat(reading.valid()).isFalse();
    assertThat(reading.entries()).isEmpty();
    assertThat(reading.errors())
        .extracting(DirectoryError::line, DirectoryError::uai, DirectoryError::problem)
        .containsExactly(
            tuple(3L, "38-103", new Problem(Refusal.UAI_SHAPE, "38-103")),
            tuple(4L, "0389104P", Problem.of(Refusal.NAME_REQUIRED)),
            tuple(5L, "0389105R", new Problem(Refusal.EMAIL_SHAPE, "pas-une-adresse")),
            tuple(6L, "0389103n", new Problem(Refusal.UAI_DUPLICATE_IN_FILE, "2")),
            tuple(7L, "", Problem.of(Refusal.UAI_REQUIRED)),
            tuple(8L, "0389107T", new Problem(Refusal.TYPE_UNKNOWN, "Université")));
  }

  @Test
  @DisplayName("Missing columns refuse the file, naming them as the ministry's export does")
  void missingColumns() {
    DirectoryReading reading =
        reader.read("UAI;Nom\n0389103N;Collège Stendhal\n".getBytes(StandardCharsets.UTF_8));

    assertThat(reading.errors())
        .containsExactly(
            new DirectoryError(
                1,
                "",
                new Problem(
                    Refusal.COLUMNS_MISSING,
                    "Type_etablissement, Nom_commune, Libelle_academie, Mail")));
  }

  @Test
  @DisplayName(
      "Other names for the columns are accepted: uai, nom, type, commune, académie, e-mail")
  void otherColumnNames() {
    DirectoryReading reading =
        reader.read(
            "uai;nom;type;commune;Académie;E-mail\n0389103N;Collège Stendhal;SCO;Vienne;Grenoble;\n"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.entries()).hasSize(1);
  }

  @Test
  @DisplayName(
      "An empty file, or one with a quote left open or followed by text, is refused as a whole, naming the line")
  void unreadable() {
    assertThat(reader.read(new byte[0]).errors())
        .extracting(DirectoryError::problem)
        .containsExactly(Problem.of(Refusal.FILE_EMPTY));
    assertThat(
            read("0389104P;Lycée;Lycée;Public;Vienne;Grenoble;\n0389103N;\"Collège Stendhal;Collège;Public;Vienne;Grenoble;\n")
                .errors())
        .extracting(DirectoryError::problem)
        .containsExactly(new Problem(Refusal.FILE_UNREADABLE, "3"));
    assertThat(read("0389103N;\"Collège\" Stendhal;Collège;Public;Vienne;Grenoble;\n").errors())
        .extracting(DirectoryError::problem)
        .containsExactly(new Problem(Refusal.FILE_UNREADABLE, "2"));
  }

  @Test
  @DisplayName("A formula-like name is kept exactly as written, quotes and all")
  void formulaKept() {
    DirectoryReading reading =
        read(
            "0389103N;\"=HYPERLINK(\"\"http://example.org\"\";\"\"Collège\"\")\";Collège;Public;Vienne;Grenoble;\n");

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.entries().get(0).details().name())
        .isEqualTo("=HYPERLINK(\"http://example.org\";\"Collège\")");
  }

  @Test
  @DisplayName(
      "A name spread over two lines keeps the line number where it starts, and lines after it theirs")
  void multilineValue() {
    DirectoryReading reading =
        read(
            "0389103N;\"Collège\nStendhal\";Collège;Public;Vienne;Grenoble;\n\n0389104P;;Lycée;Public;Vienne;Grenoble;\n");

    assertThat(reading.errors()).extracting(DirectoryError::line).containsExactly(5L);
  }

  @Test
  @DisplayName("A line shorter than the header has its last values empty")
  void shortLine() {
    DirectoryReading reading = read("0389103N;Collège Stendhal;Collège\n");

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.entries().get(0).details().town()).isNull();
  }

  @Test
  @DisplayName(
      "The sample directory shipped with the platform reads without an error, demo schools included")
  void shippedSample() throws IOException {
    byte[] sample;
    try (InputStream in =
        getClass().getResourceAsStream("/opencrcn-content/annuaire/annuaire-exemple.csv")) {
      sample = in.readAllBytes();
    }

    DirectoryReading reading = new DirectoryCsvReader(new OrganizationRules(false)).read(sample);

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.entries()).hasSizeBetween(10, 20);
    assertThat(reading.entries())
        .extracting(e -> e.details().uai())
        .contains("0381999Z", "0382888Y");
    assertThat(reading.entries()).extracting(e -> e.details().academy()).containsOnly("Grenoble");
  }
}
