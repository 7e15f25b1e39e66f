package org.opencrcn.web.orga;

import java.util.List;
import java.util.Map;
import org.opencrcn.organization.application.pupils.PupilFilter;
import org.opencrcn.organization.application.pupils.PupilSummary;
import org.opencrcn.organization.application.pupils.Pupils;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The pupils table, counted and paged by the database through the {@link Pupils} service. */
public class PupilsLazyModel extends LazyDataModel<PupilSummary> {
  private static final long serialVersionUID = 1L;

  private final Pupils pupils;
  private final long organizationId;
  private PupilFilter filter = PupilFilter.NONE;

  PupilsLazyModel(Pupils pupils, long organizationId) {
    this.pupils = pupils;
    this.organizationId = organizationId;
  }

  void filter(PupilFilter newFilter) {
    this.filter = newFilter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) pupils.count(organizationId, filter);
  }

  @Override
  public List<PupilSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return pupils.page(organizationId, filter, first, Math.min(pageSize, Pupils.MAX_PAGE));
  }

  @Override
  public String getRowKey(PupilSummary pupil) {
    return Long.toString(pupil.id());
  }

  @Override
  public PupilSummary getRowData(String rowKey) {
    return null;
  }
}
