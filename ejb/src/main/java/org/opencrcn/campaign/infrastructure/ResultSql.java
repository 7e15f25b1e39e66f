package org.opencrcn.campaign.infrastructure;

/**
 * The SQL of a campaign's aggregates. Sharing adds each participant's tube results to the
 * campaign's totals ({@link #ADD_TO_TUBE}); the collective results and the analysis then read the
 * totals, a row per targeted tube, whatever the number of participants. The application runs these
 * statements through JPA, ./benchmark-results.sh through JDBC: the same statements.
 */
public final class ResultSql {
  /** A zero row for a targeted tube: campaign, tube, competence. */
  public static final String OPEN_TUBE =
      "insert into campaign_tube_total (campaign_id, tube_name, competence_code) values (?1, ?2, ?3)";

  /**
   * Adds a shared participation's tube: participants, targeted, validated, reached level; campaign,
   * tube. Returns 0 when the tube has no row yet (a tube the profile gained since the campaign).
   */
  public static final String ADD_TO_TUBE =
      "update campaign_tube_total set participants = participants + ?1,"
          + " targeted_skills = targeted_skills + ?2, validated_skills = validated_skills + ?3,"
          + " reached_levels = reached_levels + ?4 where campaign_id = ?5 and tube_name = ?6";

  /** Per competence: code, participants, Σ targeted skills, Σ validated skills. */
  public static final String BY_COMPETENCE =
      "select competence_code, max(participants), sum(targeted_skills), sum(validated_skills)"
          + " from campaign_tube_total where campaign_id = ?1"
          + " group by competence_code having max(participants) > 0 order by competence_code";

  /** Per tube: name, competence, participants, Σ reached levels. */
  public static final String BY_TUBE =
      "select tube_name, competence_code, participants, reached_levels"
          + " from campaign_tube_total where campaign_id = ?1 and participants > 0";

  private ResultSql() {}
}
