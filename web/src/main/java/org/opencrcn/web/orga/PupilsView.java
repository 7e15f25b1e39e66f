package org.opencrcn.web.orga;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opencrcn.organization.application.OrgaAccess;
import org.opencrcn.organization.application.OrganizationSummary;
import org.opencrcn.organization.application.pupils.ImportProgress;
import org.opencrcn.organization.application.pupils.ImportRefusedException;
import org.opencrcn.organization.application.pupils.PupilFilter;
import org.opencrcn.organization.application.pupils.PupilImports;
import org.opencrcn.organization.application.pupils.Pupils;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.OrganizationType;
import org.opencrcn.organization.domain.siecle.SiecleIssue;

/**
 * A school's pupils in Orga: the list paged in the database with its filters, and for the school's
 * administrators the SIECLE upload, its progress (polled) and its report. Every read goes through
 * the services, which refuse anyone who is not a member of the organisation.
 */
@Named
@ViewScoped
public class PupilsView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PARIS);

  @Inject private OrgaAccess orga;
  @Inject private Pupils pupils;
  @Inject private PupilImports imports;

  private Long organizationId;
  private OrganizationSummary organization;
  private List<String> divisions;
  private String division;
  private String name;
  private PupilFilter filter = PupilFilter.NONE;
  private PupilsLazyModel model;
  private ImportProgress progress;
  private Instant lastImport;
  private transient Part upload;

  /** A problem of the report, in the reader's language. */
  public record IssueRow(String where, String ine, String message) implements Serializable {}

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    organization = organizationId == null ? orga.defaultOrganization() : orga.enter(organizationId);
    organizationId = organization.id();
    // The import's state first, the pupils after: an import that ends between the two reads is then
    // either still running (the poll reloads the page) or already in the classes read below; in the
    // other order its report showed beside the classes of before.
    progress = imports.latest(organizationId).orElse(null);
    lastImport = imports.lastImportDate(organizationId).orElse(null);
    divisions = pupils.divisions(organizationId);
    model = new PupilsLazyModel(pupils, organizationId);
  }

  /** Applies the class and name filters (the table goes back to its first page). */
  public void applyFilter() {
    filter = new PupilFilter(division, name);
    model.filter(filter);
  }

  /** The largest upload accepted, also checked by the page's script before sending. */
  public long getMaxUploadBytes() {
    return PupilImports.MAX_UPLOAD_BYTES;
  }

  public String importFile() throws IOException {
    if (upload == null || upload.getSize() == 0) {
      refuseUpload("pupils.import.refused.EMPTY");
      return null;
    }
    if (upload.getSize() > PupilImports.MAX_UPLOAD_BYTES) {
      refuseUpload("pupils.import.refused.TOO_LARGE");
      return null;
    }
    try (InputStream in = upload.getInputStream()) {
      imports.start(organizationId, fileName(upload), in);
    } catch (ImportRefusedException e) {
      error("pupils.import.refused." + e.reason().name());
      return null;
    }
    return "/orga/eleves?faces-redirect=true&organization=" + organizationId;
  }

  /** Polled while an import runs; once it is over, the page is loaded afresh with the report. */
  public void refreshProgress() throws IOException {
    if (progress == null) {
      return;
    }
    progress = imports.progress(progress.id());
    if (!progress.running()) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(
          external.getRequestContextPath() + "/orga/eleves.xhtml?organization=" + organizationId);
    }
  }

  public List<IssueRow> getIssues() {
    if (progress == null) {
      return List.of();
    }
    return progress.issues().stream().map(this::row).toList();
  }

  private IssueRow row(SiecleIssue issue) {
    String where =
        issue.line() == 0
            ? text("pupils.report.file")
            : MessageFormat.format(text("pupils.report.line"), issue.line());
    String message =
        MessageFormat.format(
            text("siecle.problem." + issue.problem().name()),
            issue.detail() == null ? "" : issue.detail());
    return new IssueRow(where, issue.ine() == null ? "" : issue.ine(), message);
  }

  public boolean isAdministrator() {
    return organization != null
        && organization.role() == MembershipRole.ADMIN
        && organization.type() == OrganizationType.SCO;
  }

  public boolean isImportRunning() {
    return progress != null && progress.running();
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  private static String fileName(Part part) {
    String submitted = part.getSubmittedFileName();
    return submitted == null || submitted.isBlank() ? "siecle.xml" : submitted;
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  /**
   * The new file is refused before any import: the previous file's report goes, so that the message
   * is not read as being about that report.
   */
  private void refuseUpload(String key) {
    progress = null;
    error(key);
  }

  private static void error(String key) {
    String text = text(key);
    FacesContext.getCurrentInstance()
        .addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public OrganizationSummary getOrganization() {
    return organization;
  }

  public List<String> getDivisions() {
    return divisions;
  }

  public String getDivision() {
    return division;
  }

  public void setDivision(String division) {
    this.division = division;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public PupilsLazyModel getModel() {
    return model;
  }

  public ImportProgress getProgress() {
    return progress;
  }

  public Instant getLastImport() {
    return lastImport;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
