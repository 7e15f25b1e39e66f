package org.opencrcn.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.opencrcn.organization.application.directory.OrganizationAdministration;
import org.opencrcn.organization.application.directory.OrganizationInput;
import org.opencrcn.organization.application.directory.OrganizationRefusedException;
import org.opencrcn.organization.application.directory.OrganizationRow;
import org.opencrcn.organization.domain.OrganizationType;
import org.opencrcn.organization.domain.Problem;
import org.opencrcn.web.shared.MissingParameters;

/** Administration › one organisation: create it (no id) or edit, archive and unarchive it. */
@Named
@ViewScoped
public class OrganizationEditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private OrganizationAdministration administration;
  @Inject private ProblemMessages messages;

  private Long id;
  private OrganizationRow current;
  private OrganizationType type;
  private String name;
  private String uai;
  private String town;
  private String academy;
  private String email;

  public void load() throws IOException {
    if (id == null) {
      type = OrganizationType.SCO;
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
    town = current.town();
    academy = current.academy();
    email = current.email();
  }

  public String save() {
    OrganizationInput input = new OrganizationInput(type, name, uai, town, academy, email);
    try {
      if (id == null) {
        long created = administration.create(input);
        messages.flash(FacesMessage.SEVERITY_INFO, "org.created");
        return self(created);
      }
      administration.update(id, input);
      messages.flash(FacesMessage.SEVERITY_INFO, "org.saved");
      return self(id);
    } catch (OrganizationRefusedException refused) {
      show(refused.problems());
      return null;
    }
  }

  public String archive() {
    administration.archive(id);
    messages.flash(FacesMessage.SEVERITY_INFO, "org.archivedNow");
    return self(id);
  }

  public String unarchive() {
    administration.unarchive(id);
    messages.flash(FacesMessage.SEVERITY_INFO, "org.unarchivedNow");
    return self(id);
  }

  /** Each problem under its field, and one summary at the top of the form. */
  private void show(List<Problem> problems) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String summary =
        faces.getApplication().getResourceBundle(faces, "msg").getString("org.refused");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
    for (Problem problem : problems) {
      String field =
          problem.refusal().field() == null
              ? null
              : "organization:" + problem.refusal().field().name().toLowerCase(Locale.ROOT);
      messages.add(field, messages.text(problem));
    }
  }

  private static String self(long id) {
    return "/admin/organization.xhtml?faces-redirect=true&id=" + id;
  }

  public boolean isNew() {
    return id == null;
  }

  public List<OrganizationType> getTypes() {
    return List.of(OrganizationType.values());
  }

  public OrganizationRow getCurrent() {
    return current;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public OrganizationType getType() {
    return type;
  }

  public void setType(OrganizationType type) {
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

  public String getTown() {
    return town;
  }

  public void setTown(String town) {
    this.town = town;
  }

  public String getAcademy() {
    return academy;
  }

  public void setAcademy(String academy) {
    this.academy = academy;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
