package org.opencrcn.organization.infrastructure.siecle;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.opencrcn.organization.domain.siecle.PupilRow;
import org.opencrcn.organization.domain.siecle.SiecleProblem;
import org.opencrcn.organization.domain.siecle.SiecleRefusedException;

/**
 * Streams a SIECLE "BEE_ELEVES" export with StAX: the UAI first ({@code PARAMETRES/UAJ}, checked
 * before any pupil is read), then {@code DONNEES/ELEVES/ELEVE} and the classes of {@code
 * DONNEES/STRUCTURES/STRUCTURES_ELEVE} (type D). Only pupils with no {@code DATE_SORTIE} and a
 * class are kept, as Pix does; the others are counted as skipped. A kept pupil without an INE is an
 * error the checks report (Pix skips them silently; here the school must fix the file). A DOCTYPE
 * or an entity reference refuses the file: SIECLE exports have none, and DTDs are how XXE and
 * "billion laughs" attacks come in. The encoding is the one the file declares (BOM honoured),
 * decoded strictly by {@link XmlText}.
 */
public final class SiecleXmlReader {
  /**
   * The deepest nesting read (a SIECLE export nests 6 levels). Deeper is refused at the first
   * element past it: hostile nesting made the reading cost grow with the square of the depth.
   */
  static final int MAX_DEPTH = 64;

  private static final String DIVISION = "D";
  private static final String INACTIVE_DIVISION = "Inactifs";

  /**
   * The ELEVE children kept, by position in a pupil's values (an array: 50,000 maps would be
   * garbage).
   */
  private static final List<String> PUPIL_FIELDS =
      List.of(
          "ID_NATIONAL",
          "NOM_DE_FAMILLE",
          "NOM_USAGE",
          "PRENOM",
          "PRENOM2",
          "PRENOM3",
          "CODE_SEXE",
          "DATE_NAISS",
          "CODE_PAYS",
          "CODE_DEPARTEMENT_NAISS",
          "CODE_COMMUNE_INSEE_NAISS",
          "VILLE_NAISS",
          "CODE_MEF",
          "CODE_STATUT",
          "DATE_SORTIE");

  private static final Map<String, Integer> FIELD_INDEX = index(PUPIL_FIELDS);
  private static final int DATE_SORTIE = PUPIL_FIELDS.indexOf("DATE_SORTIE");

  /** What the file holds: the pupils to check, and how many it listed that are not imported. */
  public record Content(List<PupilRow> rows, int skipped) {}

  private final XMLStreamReader xml;
  private final String expectedUai;
  private final IntConsumer progress;
  private final List<String> path = new ArrayList<>();
  private final Map<String, PupilRow> pupils = new LinkedHashMap<>();
  private final Map<String, String> divisions = new HashMap<>();
  private boolean started;
  private boolean uaiChecked;
  private int listed;

  private SiecleXmlReader(XMLStreamReader xml, String expectedUai, IntConsumer progress) {
    this.xml = xml;
    this.expectedUai = expectedUai;
    this.progress = progress;
  }

  /**
   * @param progress told the number of pupils read so far, every 1,000
   * @throws SiecleRefusedException when the file is not a well-formed SIECLE export of this school
   */
  public static Content read(InputStream in, String expectedUai, IntConsumer progress) {
    XMLStreamReader xml;
    try {
      xml = new DepthLimit(factory().createXMLStreamReader(XmlText.reader(in)), MAX_DEPTH);
    } catch (XMLStreamException | IOException e) {
      throw refusal(e, false);
    }
    SiecleXmlReader reader = new SiecleXmlReader(xml, expectedUai, progress);
    try {
      return reader.readAll();
    } catch (XMLStreamException e) {
      throw refusal(e, reader.started);
    } finally {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // Nothing held open but the stream, which the caller closes.
      }
    }
  }

  static XMLInputFactory factory() {
    // The JDK's own implementation, so that the server, the tests and the benchmark parse alike.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    // Errors come back as exceptions, turned into the report: nothing to print on the console.
    factory.setXMLReporter((message, type, info, location) -> {});
    // Belt and braces should a DTD ever get through: no entity may expand at all.
    factory.setProperty("jdk.xml.entityExpansionLimit", "1");
    factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "1");
    // JDK 21 sets no depth limit (JDK 25: 100, told as a malformed file); DepthLimit refuses first,
    // with its own reason: this one only backs it up.
    factory.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH + 1));
    return factory;
  }

  private Content readAll() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.DTD ->
            throw new SiecleRefusedException(SiecleProblem.DTD_FORBIDDEN, line(), null);
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new SiecleRefusedException(
                SiecleProblem.DTD_FORBIDDEN, line(), xml.getLocalName());
        case XMLStreamConstants.START_ELEMENT -> startElement();
        case XMLStreamConstants.END_ELEMENT -> path.remove(path.size() - 1);
        default -> {}
      }
    }
    if (!uaiChecked) {
      throw new SiecleRefusedException(SiecleProblem.UAI_MISSING, 0, null);
    }
    List<PupilRow> rows = new ArrayList<>(pupils.size());
    pupils.forEach(
        (id, row) -> {
          String division = divisions.get(id);
          if (division != null) {
            rows.add(row.withDivision(division));
          }
        });
    return new Content(rows, listed - rows.size());
  }

  private void startElement() throws XMLStreamException {
    String name = xml.getLocalName();
    if (!started) {
      started = true;
      if (!"BEE_ELEVES".equals(name)) {
        throw new SiecleRefusedException(SiecleProblem.NOT_SIECLE, line(), name);
      }
    }
    path.add(name);
    String at = String.join("/", path);
    switch (at) {
      case "BEE_ELEVES/PARAMETRES/UAJ" -> {
        checkUai(xml.getElementText());
        path.remove(path.size() - 1);
      }
      case "BEE_ELEVES/DONNEES" -> {
        if (!uaiChecked) {
          throw new SiecleRefusedException(SiecleProblem.UAI_MISSING, line(), null);
        }
      }
      case "BEE_ELEVES/DONNEES/ELEVES/ELEVE" -> {
        readPupil();
        path.remove(path.size() - 1);
      }
      case "BEE_ELEVES/DONNEES/STRUCTURES/STRUCTURES_ELEVE" -> {
        readStructures();
        path.remove(path.size() - 1);
      }
      default -> {}
    }
  }

  private void checkUai(String uai) {
    if (!uai.strip().equalsIgnoreCase(expectedUai == null ? "" : expectedUai.strip())) {
      throw new SiecleRefusedException(SiecleProblem.UAI_MISMATCH, line(), uai.strip());
    }
    uaiChecked = true;
  }

  private void readPupil() throws XMLStreamException {
    int line = line();
    String id = xml.getAttributeValue(null, "ELEVE_ID");
    String[] v = new String[PUPIL_FIELDS.size()];
    readChildren((name, text) -> v[FIELD_INDEX.get(name)] = text, FIELD_INDEX.keySet());
    listed++;
    if (listed % 1000 == 0) {
      progress.accept(listed);
    }
    // A pupil who left (DATE_SORTIE) is not imported; a current pupil without an INE is kept so the
    // checks refuse the file for it (issue 5: a missing INE is an error, not a silent skip).
    if (!blank(v[DATE_SORTIE]) || id == null) {
      return;
    }
    pupils.put(
        id,
        new PupilRow(
            line, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12],
            v[13], null, id));
  }

  private void readStructures() throws XMLStreamException {
    String id = xml.getAttributeValue(null, "ELEVE_ID");
    while (nextTag() == XMLStreamConstants.START_ELEMENT) {
      if (!"STRUCTURE".equals(xml.getLocalName())) {
        skipElement();
        continue;
      }
      Map<String, String> structure = new HashMap<>();
      readChildren(structure::put, Set.of("CODE_STRUCTURE", "TYPE_STRUCTURE"));
      String code = structure.get("CODE_STRUCTURE");
      if (id != null
          && DIVISION.equals(strip(structure.get("TYPE_STRUCTURE")))
          && !blank(code)
          && !INACTIVE_DIVISION.equals(code.strip())) {
        divisions.put(id, code.strip());
      }
    }
  }

  /** Reads the children of the current element up to its end tag; text of the wanted ones only. */
  private void readChildren(BiConsumer<String, String> wanted, Set<String> names)
      throws XMLStreamException {
    while (nextTag() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.getLocalName();
      if (names.contains(name)) {
        wanted.accept(name, xml.getElementText());
      } else {
        skipElement();
      }
    }
  }

  /** The next start or end tag, skipping text, comments and processing instructions. */
  private int nextTag() throws XMLStreamException {
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
          return event;
        }
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new SiecleRefusedException(
                SiecleProblem.DTD_FORBIDDEN, line(), xml.getLocalName());
        case XMLStreamConstants.END_DOCUMENT ->
            throw new SiecleRefusedException(
                SiecleProblem.MALFORMED_XML,
                line(),
                String.valueOf(Math.max(1, xml.getLocation().getColumnNumber())));
        default -> {}
      }
    }
  }

  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = nextTag();
      depth += event == XMLStreamConstants.START_ELEMENT ? 1 : -1;
    }
  }

  private int line() {
    return Math.max(0, xml.getLocation().getLineNumber());
  }

  /**
   * The refusal for a parsing failure, told by the exception's type and causes: the parser's
   * messages are translated into the server's language, so their text decides nothing. (A DOCTYPE
   * or an entity reference never gets here: the reading refuses them as events.)
   */
  private static SiecleRefusedException refusal(Exception e, boolean started) {
    Location location = e instanceof XMLStreamException xmlError ? xmlError.getLocation() : null;
    int line = location == null ? 0 : Math.max(0, location.getLineNumber());
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof LimitedInputStream.LimitExceeded exceeded) {
        return new SiecleRefusedException(exceeded.problem, 0, null);
      }
      if (t instanceof CharacterCodingException || t instanceof CharConversionException) {
        // The file opens with markup (XmlText checked), then holds bytes of another charset.
        return new SiecleRefusedException(SiecleProblem.ENCODING_MISMATCH, line, null);
      }
    }
    if (!started) {
      return new SiecleRefusedException(SiecleProblem.NOT_XML, line, null);
    }
    String column =
        location == null || location.getColumnNumber() < 1
            ? "?"
            : String.valueOf(location.getColumnNumber());
    return new SiecleRefusedException(SiecleProblem.MALFORMED_XML, line, column);
  }

  /**
   * Counts the depth of every element the reading meets, wherever it reads them (the pupils' loop,
   * skipped elements, element text), and refuses the file at the first one deeper than {@code max}.
   */
  private static final class DepthLimit extends StreamReaderDelegate {
    private final int max;
    private int depth;

    DepthLimit(XMLStreamReader reader, int max) {
      super(reader);
      this.max = max;
    }

    @Override
    public int next() throws XMLStreamException {
      int event = super.next();
      if (event == XMLStreamConstants.START_ELEMENT && ++depth > max) {
        throw new SiecleRefusedException(
            SiecleProblem.TOO_DEEP,
            Math.max(0, getLocation().getLineNumber()),
            String.valueOf(max));
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
      return event;
    }

    /** Reads up to the end tag of the current element (text only), which closes it. */
    @Override
    public String getElementText() throws XMLStreamException {
      String text = super.getElementText();
      depth--;
      return text;
    }
  }

  private static Map<String, Integer> index(List<String> names) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    return Map.copyOf(index);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }
}
