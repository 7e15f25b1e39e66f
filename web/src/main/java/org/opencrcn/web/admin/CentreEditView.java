package org.opencrcn.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.opencrcn.certification.application.CentreAdminRow;
import org.opencrcn.certification.application.CentreAdministration;
import org.opencrcn.certification.application.CentreInput;
import org.opencrcn.certification.application.CentreInvitationView;
import org.opencrcn.certification.application.CentreMemberView;
import org.opencrcn.certification.domain.CentreRefusedException;
import org.opencrcn.certification.domain.CentreType;
import org.opencrcn.web.shared.MissingParameters;
import org.opencrcn.web.shared.UserMessages;

/**
 * Administration › one certification centre: create it (no id), or edit, archive and unarchive it,
 * invite members by e-mail, send an invitation again or cancel it, remove a member (after a
 * confirmation naming them).
 */
@Named
@ViewScoped
public class CentreEditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CentreAdministration administration;
  @Inject private UserMessages messages;

  private Long id;
  private CentreAdminRow current;
  private List<CentreMemberView> members = List.of();
  private List<CentreInvitationView> invitations = List.of();
  private CentreType type;
  private String name;
  private String uai;
  private String email;

  /**
   * The member the administrator chose to remove, shown for confirmation before anything changes.
   */
  private CentreMemberView toRemove;

  public void load() throws IOException {
    if (id == null) {
      type = CentreType.SUP;
      return;
    }
    current = administration.find(id).orElse(null);
    if (current == null) {
      MissingParameters.answerNotFound();
      return;
    }
    type = current.type();
    name = current.name();
    uai = current.uai();
    members = administration.members(id);
    invitations = administration.pendingInvitations(id);
  }

  public String save() {
    CentreInput input = new CentreInput(name, type, uai);
    try {
      if (id == null) {
        long created = administration.create(input);
        messages.info("centre.created");
        return self(created);
      }
      administration.update(id, input);
      messages.info("centre.saved");
      return self(id);
    } catch (CentreRefusedException refused) {
      messages.errorOnThisPage("centres.refused." + refused.reason());
      return null;
    }
  }

  public String archive() {
    administration.archive(id);
    messages.info("centre.archivedNow");
    return self(id);
  }

  public String unarchive() {
    administration.unarchive(id);
    messages.info("centre.unarchivedNow");
    return self(id);
  }

  public String invite() {
    try {
      CentreInvitationView sent = administration.invite(id, email, locale());
      messages.info("centre.invited", sent.email());
      return self(id);
    } catch (CentreRefusedException refused) {
      messages.errorOnThisPage("centres.refused." + refused.reason());
      return null;
    }
  }

  public String resend(long invitationId) {
    try {
      CentreInvitationView sent = administration.resend(id, invitationId, locale());
      messages.info("centre.invited", sent.email());
    } catch (CentreRefusedException refused) {
      messages.error("centres.refused." + refused.reason());
    }
    return self(id);
  }

  public String cancel(long invitationId) {
    try {
      administration.cancelInvitation(id, invitationId);
      messages.info("centre.invitationCancelled");
    } catch (CentreRefusedException refused) {
      messages.error("centres.refused." + refused.reason());
    }
    return self(id);
  }

  /**
   * The administrator's first click on "remove": the page asks to confirm, naming the member and
   * the centre; nothing changes yet.
   */
  public void askRemoval(CentreMemberView member) {
    toRemove = member;
  }

  public void cancelRemoval() {
    toRemove = null;
  }

  /** Confirmed: the person is no longer a member of the centre (the service checks the centre). */
  public String confirmRemoval() {
    CentreMemberView member = toRemove;
    toRemove = null;
    if (member == null) {
      return null;
    }
    try {
      administration.removeMember(id, member.accountId());
      messages.info("centre.memberRemoved");
    } catch (CentreRefusedException refused) {
      messages.error("centres.refused." + refused.reason());
    }
    return self(id);
  }

  public CentreMemberView getToRemove() {
    return toRemove;
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static String self(long id) {
    return "/admin/centre.xhtml?faces-redirect=true&id=" + id;
  }

  public boolean isNew() {
    return id == null;
  }

  public List<CentreType> getTypes() {
    return List.of(CentreType.values());
  }

  public CentreAdminRow getCurrent() {
    return current;
  }

  public List<CentreMemberView> getMembers() {
    return members;
  }

  public List<CentreInvitationView> getInvitations() {
    return invitations;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CentreType getType() {
    return type;
  }

  public void setType(CentreType type) {
    this.type = type;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getUai() {
    return uai;
  }

  public void setUai(String uai) {
    this.uai = uai;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
