package org.opencrcn.web.certif;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.opencrcn.certification.application.CertifAccess;
import org.opencrcn.certification.application.CertifSessions;
import org.opencrcn.certification.application.SessionSheet;
import org.opencrcn.certification.domain.SessionDetails;
import org.opencrcn.certification.domain.SessionRefusedException;
import org.opencrcn.web.shared.MissingParameters;
import org.opencrcn.web.shared.UserMessages;

/**
 * Creating a session for a centre ({@code ?centre=}) or editing one ({@code ?session=}); a refusal
 * is shown on the form and nothing is saved.
 */
@Named
@ViewScoped
public class SessionFormView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CertifAccess access;
  @Inject private CertifSessions sessions;
  @Inject private UserMessages messages;

  private Long centreId;
  private Long sessionId;
  private String centreName;
  private String name;
  private String site;
  private String room;
  private LocalDate date;
  private LocalTime startTime;
  private String supervisor;
  private String observation;

  public void load() {
    if (sessionId == null && MissingParameters.answeredNotFound(centreId)) {
      return;
    }
    if (sessionId != null) {
      SessionSheet sheet = sessions.sheet(sessionId);
      centreId = sheet.centreId();
      centreName = sheet.centreName();
      SessionDetails d = sheet.details();
      name = d.name();
      site = d.site();
      room = d.room();
      date = d.date();
      startTime = d.startTime();
      supervisor = d.supervisor();
      observation = d.observation();
    } else {
      centreName = access.enter(centreId).name();
    }
  }

  public String save() {
    SessionDetails details =
        new SessionDetails(name, site, room, date, startTime, supervisor, observation);
    try {
      long number;
      if (sessionId == null) {
        number = sessions.create(centreId, details);
        messages.info("certif.session.created", Long.toString(number));
      } else {
        sessions.edit(sessionId, details);
        number = sessionId;
        messages.info("certif.session.saved");
      }
      return "/certif/session?faces-redirect=true&session=" + number;
    } catch (SessionRefusedException refused) {
      messages.errorOnThisPage("certif.refused." + refused.reason());
      return null;
    }
  }

  public boolean isEditing() {
    return sessionId != null;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public String getCentreName() {
    return centreName;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public String getRoom() {
    return room;
  }

  public void setRoom(String room) {
    this.room = room;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public String getSupervisor() {
    return supervisor;
  }

  public void setSupervisor(String supervisor) {
    this.supervisor = supervisor;
  }

  public String getObservation() {
    return observation;
  }

  public void setObservation(String observation) {
    this.observation = observation;
  }
}
