package org.opencrcn.campaign.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.opencrcn.campaign.domain.Campaign;
import org.opencrcn.campaign.infrastructure.CampaignRepository;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.organization.application.OrgaAccess;
import org.opencrcn.organization.application.OrganizationSummary;
import org.opencrcn.shared.AccessDeniedException;

/**
 * The check every teacher-side campaign service makes: the caller is a member of the organisation
 * named, and the campaign belongs to it (any other id reads as "no such campaign").
 */
@Dependent
public class CampaignAccess {
  @Inject private OrgaAccess orga;
  @Inject private CallerAccount caller;
  @Inject private CampaignRepository campaigns;

  /**
   * @throws AccessDeniedException when the caller is no member of the organisation
   */
  public OrganizationSummary member(long organizationId) {
    return orga.enter(organizationId);
  }

  public long callerId() {
    return caller.id().orElseThrow(() -> new AccessDeniedException("No account"));
  }

  /**
   * @throws AccessDeniedException when the campaign is not one of the organisation's
   */
  public Campaign campaign(long organizationId, long campaignId) {
    return campaigns
        .find(organizationId, campaignId)
        .orElseThrow(
            () ->
                new AccessDeniedException(
                    "No campaign " + campaignId + " in organisation " + organizationId));
  }
}
