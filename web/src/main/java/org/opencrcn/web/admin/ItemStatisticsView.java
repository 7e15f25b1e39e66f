package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.opencrcn.assessment.application.ItemStatistics;
import org.opencrcn.assessment.application.ItemStatisticsViews.ItemPage;

/**
 * Item statistics for authors, a page of challenges at a time ({@code ?from=}), and the whole table
 * as a CSV download.
 */
@Named
@RequestScoped
public class ItemStatisticsView {
  static final int PAGE_SIZE = 25;

  @Inject private ItemStatistics statistics;

  private int from;
  private ItemPage page;

  public void load() {
    page = statistics.page(Math.max(0, from), PAGE_SIZE);
  }

  /** Sends the CSV of every answered challenge instead of a page. */
  public void download() throws IOException {
    byte[] csv = statistics.csv().getBytes(StandardCharsets.UTF_8);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"statistiques-epreuves.csv\"");
    // A byte-order mark so that spreadsheets read the file as UTF-8.
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    external.setResponseContentLength(bom.length + csv.length);
    external.getResponseOutputStream().write(bom);
    external.getResponseOutputStream().write(csv);
    faces.responseComplete();
  }

  public ItemPage getPage() {
    return page;
  }

  public int getFrom() {
    return from;
  }

  public void setFrom(int from) {
    this.from = from;
  }

  public int getPreviousFrom() {
    return Math.max(0, page.first() - PAGE_SIZE);
  }

  public int getNextFrom() {
    return page.first() + PAGE_SIZE;
  }

  /** A share as a whole percentage, "67 %". */
  public String percent(long part, long whole) {
    return whole == 0 ? "–" : Math.round(100.0 * part / whole) + " %";
  }
}
