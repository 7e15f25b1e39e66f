package org.opencrcn.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.opencrcn.organization.application.directory.DirectoryImport;
import org.opencrcn.organization.application.directory.DirectoryImportReport;
import org.opencrcn.organization.domain.Problem;
import org.opencrcn.organization.domain.Refusal;

/** Administration › establishments directory: upload the CSV export and read the import report. */
@Named
@ViewScoped
public class DirectoryImportView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private DirectoryImport directoryImport;
  @Inject private ProblemMessages messages;

  private transient Part upload;
  private DirectoryImportReport report;
  private List<ErrorRow> errors = List.of();

  /** A row of the report in the reader's language; line 0 is the whole file. */
  public record ErrorRow(long line, String uai, String message) implements Serializable {}

  public void importDirectory() throws IOException {
    report = null;
    errors = List.of();
    if (upload == null || upload.getSize() == 0) {
      return;
    }
    long maxBytes = DirectoryImport.maxMegabytes() * 1024L * 1024L;
    if (upload.getSize() > maxBytes) {
      messages.add(
          "upload:file",
          messages.text(new Problem(Refusal.FILE_TOO_LARGE, String.valueOf(getMaxMegabytes()))));
      return;
    }
    // Read at most one byte past the limit: the service refuses what is larger, never kept whole.
    try (InputStream in = upload.getInputStream()) {
      report = directoryImport.importCsv(in.readNBytes((int) maxBytes + 1));
    }
    errors =
        report.errors().stream()
            .map(e -> new ErrorRow(e.line(), e.uai(), messages.text(e.problem())))
            .toList();
  }

  /** The refusal of a too large file, also said by the page's script before sending it. */
  public String getTooLargeMessage() {
    return messages.text(new Problem(Refusal.FILE_TOO_LARGE, String.valueOf(getMaxMegabytes())));
  }

  public int getMaxMegabytes() {
    return DirectoryImport.maxMegabytes();
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public DirectoryImportReport getReport() {
    return report;
  }

  public List<ErrorRow> getErrors() {
    return errors;
  }
}
