package org.opencrcn.campaign.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencrcn.campaign.application.CampaignRefusedException.Reason;
import org.opencrcn.campaign.application.CampaignViews.CampaignDetails;
import org.opencrcn.campaign.application.CampaignViews.CampaignForm;
import org.opencrcn.campaign.application.CampaignViews.CampaignOverview;
import org.opencrcn.campaign.domain.Campaign;
import org.opencrcn.campaign.domain.CampaignCode;
import org.opencrcn.campaign.domain.CampaignType;
import org.opencrcn.campaign.infrastructure.CampaignRepository;
import org.opencrcn.campaign.infrastructure.ResultQueries;
import org.opencrcn.identity.application.AccountCard;
import org.opencrcn.identity.application.AccountDirectory;
import org.opencrcn.organization.application.OrganizationSummary;
import org.opencrcn.organization.domain.OrganizationType;
import org.opencrcn.referential.application.TargetProfileCatalog;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * A teacher's campaigns: any member of the organisation creates them, edits their texts, archives
 * and lists them. Every method checks that the caller is a member of the organisation named, and a
 * campaign of any other organisation reads as absent (docs/campaigns.md).
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class Campaigns {
  static final int MAX_NAME = 255;
  static final int MAX_LABEL = 255;
  static final int MAX_LANDING_TEXT = 5000;
  private static final SecureRandom CODES = new SecureRandom();

  @Inject private CampaignRepository campaigns;
  @Inject private CampaignAccess access;
  @Inject private TargetProfileCatalog profiles;
  @Inject private AccountDirectory directory;
  @Inject private ResultQueries totals;
  @Inject private AuditLog audit;

  /** Creates the campaign with a fresh code; returns its id. */
  public long create(long organizationId, @NotNull CampaignForm form) {
    access.member(organizationId);
    String name = texts(form.name(), form.externalIdLabel(), form.landingText());
    String profileId = null;
    if (form.type() == CampaignType.ASSESSMENT) {
      if (form.targetProfileId() == null || form.targetProfileId().isBlank()) {
        throw new CampaignRefusedException(Reason.TARGET_PROFILE_REQUIRED);
      }
      profileId =
          profiles
              .profile(form.targetProfileId())
              .orElseThrow(() -> new CampaignRefusedException(Reason.UNKNOWN_TARGET_PROFILE))
              .id();
    }
    Campaign campaign =
        new Campaign(
            organizationId,
            CampaignCode.generate(CODES, campaigns::codeTaken),
            form.type(),
            profileId,
            form.multipleSendings(),
            access.callerId(),
            Instant.now());
    campaign.describe(name, blankToNull(form.externalIdLabel()), blankToNull(form.landingText()));
    long id = campaigns.add(campaign).id();
    audit.record(
        AuditAction.CAMPAIGN_CREATED,
        AuditTarget.organization(organizationId),
        AuditTarget.of("campaign", id));
    if (profileId != null) {
      totals.openTubes(
          id,
          profiles.targetedSkills(profileId).stream()
              .collect(
                  Collectors.toMap(
                      TargetProfileCatalog.TargetedSkill::tube,
                      TargetProfileCatalog.TargetedSkill::competenceCode,
                      (a, b) -> a,
                      java.util.TreeMap::new)));
    }
    return id;
  }

  /** Changes the name and the texts (never the type, profile or code). */
  public void describe(
      long organizationId, long campaignId, String name, String externalIdLabel, String text) {
    access.member(organizationId);
    Campaign campaign = access.campaign(organizationId, campaignId);
    campaign.describe(
        texts(name, externalIdLabel, text), blankToNull(externalIdLabel), blankToNull(text));
  }

  /** An archived campaign's code is refused to learners; its results stay readable. */
  public void archive(long organizationId, long campaignId) {
    access.member(organizationId);
    access.campaign(organizationId, campaignId).archive(Instant.now());
    audit.record(
        AuditAction.CAMPAIGN_ARCHIVED,
        AuditTarget.organization(organizationId),
        AuditTarget.of("campaign", campaignId));
  }

  public void unarchive(long organizationId, long campaignId) {
    access.member(organizationId);
    access.campaign(organizationId, campaignId).unarchive();
  }

  /**
   * The organisation's campaigns, newest first: the caller's own ("Mes campagnes") or all of them.
   */
  public List<CampaignOverview> list(long organizationId, boolean onlyMine) {
    access.member(organizationId);
    long caller = access.callerId();
    List<Campaign> found =
        campaigns.ofOrganization(organizationId).stream()
            .filter(c -> !onlyMine || c.ownerId() == caller)
            .toList();
    Map<Long, long[]> counts = campaigns.participantCounts(organizationId);
    Map<Long, AccountCard> owners =
        directory.cards(found.stream().map(Campaign::ownerId).collect(Collectors.toSet()));
    return found.stream()
        .map(
            c -> {
              long[] count = counts.getOrDefault(c.id(), new long[2]);
              return new CampaignOverview(
                  c.id(),
                  c.name(),
                  c.code(),
                  c.type(),
                  profileName(c),
                  c.ownerId(),
                  ownerName(owners, c.ownerId()),
                  c.createdAt(),
                  c.archived(),
                  count[0],
                  count[1]);
            })
        .toList();
  }

  /** The campaign page's header and details, with its direct link. */
  public CampaignDetails details(long organizationId, long campaignId) {
    OrganizationSummary organization = access.member(organizationId);
    Campaign c = access.campaign(organizationId, campaignId);
    long[] count = campaigns.participantCounts(organizationId).getOrDefault(c.id(), new long[2]);
    return new CampaignDetails(
        c.id(),
        organizationId,
        organization.name(),
        c.name(),
        c.code(),
        c.type(),
        c.targetProfileId(),
        profileName(c),
        c.multipleSendings(),
        c.externalIdLabel(),
        c.landingText(),
        ownerName(directory.cards(Set.of(c.ownerId())), c.ownerId()),
        c.createdAt(),
        c.archivedAt(),
        link(c.code(), organization.type()),
        count[0],
        count[1]);
  }

  /**
   * The direct link to the campaign: a SCO school's pupils sign in through their ENT, so the link
   * sends them straight to it ({@code kc_idp_hint}).
   */
  static String link(String code, OrganizationType type) {
    String link = CampaignSettings.publicUrl() + "/app/campagne.xhtml?code=" + code;
    return type == OrganizationType.SCO
        ? link + "&kc_idp_hint=" + CampaignSettings.entIdpAlias()
        : link;
  }

  private String profileName(Campaign campaign) {
    return campaign.targetProfileId() == null
        ? null
        : profiles.name(campaign.targetProfileId()).orElse(campaign.targetProfileId());
  }

  private static String ownerName(Map<Long, AccountCard> owners, long ownerId) {
    AccountCard card = owners.get(ownerId);
    return card == null ? "" : card.displayName();
  }

  /** Checks the texts; returns the name, stripped. */
  private static String texts(String name, String externalIdLabel, String landingText) {
    if (name == null || name.isBlank()) {
      throw new CampaignRefusedException(Reason.NAME_REQUIRED);
    }
    if (name.strip().length() > MAX_NAME
        || (externalIdLabel != null && externalIdLabel.strip().length() > MAX_LABEL)
        || (landingText != null && landingText.strip().length() > MAX_LANDING_TEXT)) {
      throw new CampaignRefusedException(Reason.TEXT_TOO_LONG);
    }
    return name.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
