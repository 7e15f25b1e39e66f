package org.opencrcn.web.certif;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.opencrcn.certification.application.CertifAccess;
import org.opencrcn.certification.application.SessionsImport;
import org.opencrcn.certification.application.SessionsImported;
import org.opencrcn.certification.domain.CandidateImportRefusedException;
import org.opencrcn.web.shared.Labels;
import org.opencrcn.web.shared.MissingParameters;
import org.opencrcn.web.shared.UserMessages;

/** Importing a centre's sessions with their candidates from one file, all or nothing. */
@Named
@ViewScoped
public class SessionsImportView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A sessions file of a whole school is some hundred kilobytes: 2 MB is far beyond. */
  private static final long MAX_UPLOAD_BYTES = 2_000_000;

  @Inject private CertifAccess access;
  @Inject private SessionsImport sessionsImport;
  @Inject private UserMessages messages;
  @Inject private Labels labels;

  private Long centreId;
  private String centreName;
  private transient Part upload;
  private List<String> issues = List.of();

  public void load() {
    if (MissingParameters.answeredNotFound(centreId)) {
      return;
    }
    centreName = access.enter(centreId).name();
  }

  public String importFile() throws IOException {
    issues = List.of();
    if (upload == null || upload.getSize() == 0) {
      messages.errorOnThisPage("certif.csv.noFile");
      return null;
    }
    if (upload.getSize() > MAX_UPLOAD_BYTES) {
      messages.errorOnThisPage("certif.csv.tooLarge");
      return null;
    }
    byte[] bytes;
    try (InputStream in = upload.getInputStream()) {
      bytes = in.readAllBytes();
    }
    try {
      SessionsImported done = sessionsImport.importFile(centreId, bytes);
      messages.info("certif.sessionsImport.done", done.sessions(), done.candidates());
      return "/certif/index?faces-redirect=true&centre=" + centreId;
    } catch (CandidateImportRefusedException refused) {
      issues =
          refused.issues().stream()
              .map(
                  i ->
                      labels.format2(
                          "certif.csv." + i.problem(), Integer.toString(i.line()), i.value()))
              .toList();
      messages.errorOnThisPage("certif.sessionsImport.refused", refused.issues().size());
      return null;
    }
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public String getCentreName() {
    return centreName;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public List<String> getIssues() {
    return issues;
  }
}
