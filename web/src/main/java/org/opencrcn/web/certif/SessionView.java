package org.opencrcn.web.certif;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.opencrcn.certification.application.CandidateRow;
import org.opencrcn.certification.application.CertifSessions;
import org.opencrcn.certification.application.PupilChoice;
import org.opencrcn.certification.application.SessionCandidates;
import org.opencrcn.certification.application.SessionSheet;
import org.opencrcn.certification.domain.CandidateIdentity;
import org.opencrcn.certification.domain.CandidateImportRefusedException;
import org.opencrcn.certification.domain.SessionRefusedException;
import org.opencrcn.web.shared.Labels;
import org.opencrcn.web.shared.MissingParameters;
import org.opencrcn.web.shared.UserMessages;

/**
 * A session's page: its details and three codes, its candidates, and for a SCO centre the pupils of
 * a chosen class to enrol, several at once. Refusals are shown on the page, nothing changed.
 */
@Named
@ViewScoped
public class SessionView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CertifSessions sessions;
  @Inject private SessionCandidates candidates;
  @Inject private UserMessages messages;
  @Inject private Labels labels;

  /** A candidates file is a few kilobytes a hundred lines: 1 MB is far beyond any real one. */
  private static final long MAX_UPLOAD_BYTES = 1_000_000;

  private Long sessionId;
  private SessionSheet sheet;
  private List<CandidateRow> rows;
  private List<String> classes;
  private String division;
  private List<PupilChoice> pupils = List.of();
  private List<Object> chosen = new ArrayList<>();
  private transient Part upload;
  private List<String> issues = List.of();
  private final TypedCandidate typed = new TypedCandidate();

  /** The typed candidate being edited in the form; null when the form adds one. */
  private Long editing;

  /** The officer asked to delete the session: the page asks them to confirm. */
  private boolean confirmingDelete;

  public void load() {
    if (MissingParameters.answeredNotFound(sessionId)) {
      return;
    }
    sheet = sessions.sheet(sessionId);
    rows = candidates.of(sessionId);
    classes = candidates.classes(sessionId);
  }

  /** Shows the pupils of the chosen class. */
  public void showClass() {
    chosen = new ArrayList<>();
    pupils =
        division == null || division.isBlank()
            ? List.of()
            : candidates.pupilsOfClass(sessionId, division);
  }

  public String enrol() {
    try {
      // Faces fills the list with the items' own values (Long ids), whatever its declared type.
      int count =
          candidates.enrolPupils(
              sessionId, chosen.stream().map(id -> Long.valueOf(String.valueOf(id))).toList());
      messages.info("certif.candidates.enrolled", count);
      return "/certif/session?faces-redirect=true&session=" + sessionId;
    } catch (SessionRefusedException refused) {
      messages.errorOnThisPage("certif.refused." + refused.reason());
      return null;
    }
  }

  /** Enrols the candidates of the uploaded template, all or none; a refusal lists every problem. */
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
      int count = candidates.importFile(sessionId, bytes);
      messages.info("certif.candidates.enrolled", count);
      return "/certif/session?faces-redirect=true&session=" + sessionId;
    } catch (CandidateImportRefusedException refused) {
      issues =
          refused.issues().stream()
              .map(
                  i ->
                      labels.format2(
                          "certif.csv." + i.problem(), Integer.toString(i.line()), i.value()))
              .toList();
      messages.errorOnThisPage("certif.csv.refused", refused.issues().size());
      return null;
    } catch (SessionRefusedException refused) {
      messages.errorOnThisPage("certif.refused." + refused.reason());
      return null;
    }
  }

  /** Fills the form with a typed candidate, to edit them. */
  public void startEdit(long candidateId) {
    rows.stream()
        .filter(row -> row.id() == candidateId && row.typed())
        .findFirst()
        .ifPresent(
            row -> {
              typed.fill(row.identity());
              editing = candidateId;
            });
  }

  /** Back to adding: the form is emptied. */
  public void cancelEdit() {
    typed.fill(null);
    editing = null;
  }

  /** Enrols the candidate typed in the form (SUP and PRO centres), or saves the one edited. */
  public String enrolTyped() {
    CandidateIdentity identity =
        new CandidateIdentity(
            typed.familyName,
            typed.firstName,
            typed.sex == null || typed.sex.isBlank() ? null : typed.sex,
            typed.birthdate,
            blankToNull(typed.birthTown),
            blankToNull(typed.birthDepartment),
            blankToNull(typed.birthCountry),
            blankToNull(typed.externalId),
            typed.extraTime == null ? 0 : typed.extraTime,
            blankToNull(typed.email));
    try {
      if (editing != null) {
        candidates.edit(sessionId, editing, identity);
        messages.info("certif.typed.saved");
      } else {
        candidates.enrol(sessionId, identity);
        messages.info("certif.candidates.enrolled", 1);
      }
      return "/certif/session?faces-redirect=true&session=" + sessionId;
    } catch (SessionRefusedException refused) {
      messages.errorOnThisPage("certif.refused." + refused.reason());
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String remove(long candidateId) {
    try {
      candidates.remove(sessionId, candidateId);
      messages.info("certif.candidates.removed");
      return "/certif/session?faces-redirect=true&session=" + sessionId;
    } catch (SessionRefusedException refused) {
      messages.errorOnThisPage("certif.refused." + refused.reason());
      return null;
    }
  }

  /** The first step of deleting: the page asks to confirm. */
  public void askDelete() {
    confirmingDelete = true;
  }

  public void cancelDelete() {
    confirmingDelete = false;
  }

  /** Deletes the session, once confirmed. */
  public String delete() {
    confirmingDelete = false;
    try {
      long centre = sheet.centreId();
      sessions.delete(sessionId);
      messages.info("certif.session.deleted", Long.toString(sessionId));
      return "/certif/index?faces-redirect=true&centre=" + centre;
    } catch (SessionRefusedException refused) {
      messages.errorOnThisPage("certif.refused." + refused.reason());
      return null;
    }
  }

  public boolean isConfirmingDelete() {
    return confirmingDelete;
  }

  public Long getEditing() {
    return editing;
  }

  public TypedCandidate getTyped() {
    return typed;
  }

  public List<String> getIssues() {
    return issues;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public SessionSheet getSheet() {
    return sheet;
  }

  public List<CandidateRow> getCandidates() {
    return rows;
  }

  public List<String> getClasses() {
    return classes;
  }

  public String getDivision() {
    return division;
  }

  public void setDivision(String division) {
    this.division = division;
  }

  public List<PupilChoice> getPupils() {
    return pupils;
  }

  public List<Object> getChosen() {
    return chosen;
  }

  public void setChosen(List<Object> chosen) {
    this.chosen = chosen;
  }
}
