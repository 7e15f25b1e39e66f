package org.opencrcn.web.orga;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.organization.application.OrgaAccess;
import org.opencrcn.organization.application.OrganizationSummary;

/**
 * Orga's landing page for the organisation chosen by the {@code organization} parameter (the first
 * of the person's organisations without it). The service refuses anyone who is not a member.
 */
@Named
@RequestScoped
public class OrgaHomeView {
  @Inject private OrgaAccess orga;

  private Long organizationId;
  private OrganizationSummary organization;
  private List<OrganizationSummary> organizations;

  public void load() {
    organization = organizationId == null ? orga.defaultOrganization() : orga.enter(organizationId);
    organizations = orga.myOrganizations();
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

  public List<OrganizationSummary> getOrganizations() {
    return organizations;
  }
}
