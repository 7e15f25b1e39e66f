package org.opencrcn.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opencrcn.referential.application.CatalogViews.VersionView;
import org.opencrcn.referential.application.ContentCatalog;
import org.opencrcn.referential.application.ContentImport;
import org.opencrcn.referential.application.ImportReport;
import org.opencrcn.web.shared.LanguageSelection;

/** Uploading a content pack (zip) and reading its validation report; the imported versions. */
@Named
@ViewScoped
public class ContentView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter PARIS_DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

  @Inject private ContentImport contentImport;
  @Inject private ContentCatalog catalog;
  @Inject private LanguageSelection language;

  private transient Part upload;
  private ImportReport report;
  private List<VersionView> versions;

  /** A row of the report, in the reader's language. */
  /** The largest upload accepted, also checked by the page's script before sending. */
  public long getMaxUploadBytes() {
    return ContentImport.MAX_PACK_BYTES;
  }

  public record ErrorRow(String file, String position, String message) implements Serializable {}

  public void load() {
    versions = catalog.versions();
  }

  public void importPack() throws IOException {
    report = null;
    if (upload == null || upload.getSize() == 0) {
      return;
    }
    if (upload.getSize() > ContentImport.MAX_PACK_BYTES) {
      FacesContext faces = FacesContext.getCurrentInstance();
      String text =
          faces.getApplication().getResourceBundle(faces, "msg").getString("content.file.tooLarge");
      faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      return;
    }
    // Read at most one byte past the limit: a larger upload is refused without being kept whole.
    try (InputStream in = upload.getInputStream()) {
      byte[] bytes = in.readNBytes((int) ContentImport.MAX_PACK_BYTES + 1);
      report = contentImport.importZip(bytes);
    }
    versions = catalog.versions();
  }

  public List<ErrorRow> getErrors() {
    return report == null
        ? List.of()
        : report.errors().stream()
            .map(e -> new ErrorRow(e.file(), e.position(), e.message(language.getLocale())))
            .toList();
  }

  /** A linter warning of the report, in the reader's language. */
  public record WarningRow(String file, String position, String rule, String message)
      implements Serializable {}

  /** The linter's warnings on the uploaded pack: they never refuse it. */
  public List<WarningRow> getWarnings() {
    return report == null || report.lint() == null
        ? List.of()
        : report.lint().warnings().stream()
            .map(
                w ->
                    new WarningRow(
                        w.file(), w.position(), w.rule().id(), w.message(language.getLocale())))
            .toList();
  }

  /** Dates are shown in the schools' time zone. */
  public String inParis(Instant instant) {
    return PARIS_DATE_TIME.format(instant);
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public ImportReport getReport() {
    return report;
  }

  public List<VersionView> getVersions() {
    return versions;
  }
}
