package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.opencrcn.organization.application.directory.OrganizationAdministration;
import org.opencrcn.organization.application.directory.OrganizationPage;
import org.opencrcn.organization.application.directory.OrganizationRow;
import org.opencrcn.organization.application.directory.OrganizationSearch;
import org.opencrcn.organization.domain.OrganizationType;

/**
 * Administration › Organisations: a search by GET parameters (q, type, archived, page), so that a
 * result page can be bookmarked and reloaded; the database returns one page at a time.
 */
@Named
@RequestScoped
public class OrganizationsView {
  static final int PAGE_SIZE = 20;

  @Inject private OrganizationAdministration administration;

  private String q;
  private String type;
  private String archived;
  private int page = 1;
  private OrganizationPage result;

  public void load() {
    int first = (Math.max(page, 1) - 1) * PAGE_SIZE;
    result =
        administration.search(
            new OrganizationSearch(q, chosenType(), isIncludeArchived()), first, PAGE_SIZE);
    if (result.rows().isEmpty() && page > 1) {
      // A page past the end (a bookmark after a change) shows the last one.
      page = getPageCount();
      result =
          administration.search(
              new OrganizationSearch(q, chosenType(), isIncludeArchived()),
              (page - 1) * PAGE_SIZE,
              PAGE_SIZE);
    }
  }

  /** An unknown type in the address filters nothing rather than failing. */
  private OrganizationType chosenType() {
    return Arrays.stream(OrganizationType.values())
        .filter(t -> t.name().equals(type))
        .findFirst()
        .orElse(null);
  }

  public List<OrganizationType> getTypes() {
    return List.of(OrganizationType.values());
  }

  public List<OrganizationRow> getRows() {
    return result.rows();
  }

  public long getTotal() {
    return result.total();
  }

  public int getPageCount() {
    return (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public boolean isIncludeArchived() {
    return "on".equals(archived) || "true".equals(archived);
  }

  /** Never null: page links carry it as a parameter. */
  public String getQ() {
    return q == null ? "" : q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getType() {
    return chosenType() == null ? "" : type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getArchived() {
    return isIncludeArchived() ? "true" : "";
  }

  public void setArchived(String archived) {
    this.archived = archived;
  }

  public int getPage() {
    return page;
  }

  public String getPageParam() {
    return String.valueOf(page);
  }

  /** A page number that is not one shows the first page. */
  public void setPageParam(String value) {
    try {
      page = Math.max(1, Integer.parseInt(value == null ? "1" : value.strip()));
    } catch (NumberFormatException notANumber) {
      page = 1;
    }
  }
}
