package org.opencrcn.campaign.domain;

/** What a campaign asks of its participants (domain rules: docs/campaigns.md). */
public enum CampaignType {
  /** Evaluate the participants on a target profile. */
  ASSESSMENT,
  /** Collect the participants' competence profiles (pix and levels); no target profile. */
  PROFILES_COLLECTION
}
