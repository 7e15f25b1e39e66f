package org.opencrcn.campaign.domain.export;

/** The two objectives of a campaign, which have different export columns. */
public enum CampaignObjective {
  /** "Évaluer les participants": results on a target profile. */
  ASSESSMENT,
  /** "Collecter les profils": the participants' levels and pix. */
  PROFILES_COLLECTION
}
