package org.opencrcn.web.certif;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.opencrcn.certification.application.CandidateRow;
import org.opencrcn.certification.application.CertifSessions;
import org.opencrcn.certification.application.PupilChoice;
import org.opencrcn.certification.application.SessionCandidates;
import org.opencrcn.certification.application.SessionSheet;
import org.opencrcn.certification.domain.SessionRefusedException;
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

  private Long sessionId;
  private SessionSheet sheet;
  private List<CandidateRow> rows;
  private List<String> classes;
  private String division;
  private List<PupilChoice> pupils = List.of();
  private List<String> chosen = new ArrayList<>();

  public void load() {
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
      int count = candidates.enrolPupils(sessionId, chosen.stream().map(Long::valueOf).toList());
      messages.info("certif.candidates.enrolled", count);
      return "/certif/session?faces-redirect=true&session=" + sessionId;
    } catch (SessionRefusedException refused) {
      messages.errorOnThisPage("certif.refused." + refused.reason());
      return null;
    }
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

  public String delete() {
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

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen;
  }
}
