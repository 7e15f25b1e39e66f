package org.opencrcn.web.orga;

import java.util.List;
import java.util.Map;
import org.opencrcn.campaign.application.CampaignResults;
import org.opencrcn.campaign.application.CampaignResults.ParticipantFilter;
import org.opencrcn.campaign.application.CampaignViews.ParticipantRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A campaign's participants, counted and paged by the database through {@link CampaignResults}. */
public class CampaignParticipantsModel extends LazyDataModel<ParticipantRow> {
  private static final long serialVersionUID = 1L;

  private final CampaignResults results;
  private final long organizationId;
  private final long campaignId;
  private ParticipantFilter filter = new ParticipantFilter(null, null, null);

  CampaignParticipantsModel(CampaignResults results, long organizationId, long campaignId) {
    this.results = results;
    this.organizationId = organizationId;
    this.campaignId = campaignId;
  }

  void filter(ParticipantFilter newFilter) {
    this.filter = newFilter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) results.count(organizationId, campaignId, filter);
  }

  @Override
  public List<ParticipantRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return results.page(
        organizationId, campaignId, filter, first, Math.min(pageSize, CampaignResults.MAX_PAGE));
  }

  @Override
  public String getRowKey(ParticipantRow row) {
    return Long.toString(row.participationId());
  }

  @Override
  public ParticipantRow getRowData(String rowKey) {
    return null;
  }
}
