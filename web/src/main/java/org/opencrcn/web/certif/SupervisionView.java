package org.opencrcn.web.certif;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.opencrcn.certification.application.SupervisedCandidate;
import org.opencrcn.certification.application.SupervisorRoom;
import org.opencrcn.certification.domain.course.CourseRefusedException;
import org.opencrcn.certification.domain.course.IncidentCategory;
import org.opencrcn.web.shared.UserMessages;

/**
 * The supervisor's room, {@code /certif/surveillance.xhtml}: opened with the session number and the
 * supervisor password (no account). The list is reloaded when the session's WebSocket channel says
 * something changed; every action sends the password again and tells the other rooms.
 */
@Named
@ViewScoped
public class SupervisionView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SupervisorRoom room;
  @Inject private RoomPush push;
  @Inject private UserMessages messages;

  private Long sessionNumber;
  private String password;
  private boolean open;
  private List<SupervisedCandidate> candidates = List.of();
  private Long selected;
  private String reason;
  private IncidentCategory category;
  private String description;

  public void enter() {
    open = refresh();
  }

  /** The WebSocket said the session's candidates changed: reload the list. */
  public void onChanged() {
    refresh();
  }

  private boolean refresh() {
    try {
      candidates = room.candidates(sessionNumber, password, address());
      return true;
    } catch (CourseRefusedException refused) {
      messages.errorOnThisPage("certif.test.refused." + refused.reason());
      open = false;
      return false;
    }
  }

  public void admit(long candidateId) {
    act(() -> room.admit(sessionNumber, password, address(), candidateId));
  }

  public void admitAll() {
    act(() -> room.admitAll(sessionNumber, password, address()));
  }

  public void allowResume(long candidateId) {
    act(() -> room.allowResume(sessionNumber, password, address(), candidateId));
  }

  /** Chooses the candidate the end and incident forms are for. */
  public void select(long candidateId) {
    selected = candidateId;
    reason = null;
    description = null;
    category = null;
  }

  public void end() {
    if (act(() -> room.end(sessionNumber, password, address(), selected, reason))) {
      selected = null;
    }
  }

  public void report() {
    if (act(
        () -> room.report(sessionNumber, password, address(), selected, category, description))) {
      messages.info("certif.room.reported");
      selected = null;
    }
  }

  private boolean act(Runnable action) {
    try {
      action.run();
      push.sessionChanged(sessionNumber);
      refresh();
      return true;
    } catch (CourseRefusedException refused) {
      messages.errorOnThisPage("certif.test.refused." + refused.reason());
      return false;
    }
  }

  private static String address() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getRemoteAddr();
  }

  public SupervisedCandidate getSelectedCandidate() {
    return candidates.stream()
        .filter(c -> selected != null && c.candidateId() == selected)
        .findFirst()
        .orElse(null);
  }

  public IncidentCategory[] getCategories() {
    return IncidentCategory.values();
  }

  public long count(String status) {
    return candidates.stream().filter(c -> c.status().equals(status)).count();
  }

  public boolean isOpen() {
    return open;
  }

  public List<SupervisedCandidate> getCandidates() {
    return candidates;
  }

  public Long getSessionNumber() {
    return sessionNumber;
  }

  public void setSessionNumber(Long sessionNumber) {
    this.sessionNumber = sessionNumber;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public IncidentCategory getCategory() {
    return category;
  }

  public void setCategory(IncidentCategory category) {
    this.category = category;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
