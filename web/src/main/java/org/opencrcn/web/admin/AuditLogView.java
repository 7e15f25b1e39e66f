package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditEntry;
import org.opencrcn.shared.audit.AuditFilter;
import org.opencrcn.shared.audit.AuditPage;
import org.opencrcn.shared.audit.AuditSearch;

/**
 * Administration › Journal d'audit: the sensitive actions, newest first, filtered by GET parameters
 * (action, account, from, to, page) so that a search can be bookmarked; the database returns one
 * page at a time. A filter that is not understood is named in a message and nothing is searched.
 */
@Named
@RequestScoped
public class AuditLogView {
  static final int PAGE_SIZE = 25;
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(AuditFilter.ZONE);

  @Inject private AuditSearch search;

  private String action;
  private String account;
  private String from;
  private String to;
  private int page = 1;
  private final List<String> problems = new ArrayList<>();
  private AuditPage result = new AuditPage(List.of(), 0);

  public void load() {
    AuditAction chosenAction = parseAction();
    Long accountId = parseAccount();
    LocalDate fromDay = parseDay(from, "audit.problem.from");
    LocalDate toDay = parseDay(to, "audit.problem.to");
    if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
      problems.add("audit.problem.range");
    }
    if (!problems.isEmpty()) {
      return;
    }
    AuditFilter filter = new AuditFilter(chosenAction, accountId, fromDay, toDay);
    result = search.search(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    if (result.entries().isEmpty() && page > 1) {
      page = getPageCount();
      result = search.search(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }
  }

  private AuditAction parseAction() {
    if (isBlank(action)) {
      return null;
    }
    return Arrays.stream(AuditAction.values())
        .filter(a -> a.name().equals(action.strip()))
        .findFirst()
        .orElseGet(
            () -> {
              problems.add("audit.problem.action");
              return null;
            });
  }

  private Long parseAccount() {
    if (isBlank(account)) {
      return null;
    }
    try {
      long id = Long.parseLong(account.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException notANumber) {
      // named below
    }
    problems.add("audit.problem.account");
    return null;
  }

  private LocalDate parseDay(String value, String problem) {
    if (isBlank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException notADay) {
      problems.add(problem);
      return null;
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  public List<AuditAction> getActions() {
    return List.of(AuditAction.values());
  }

  public List<AuditEntry> getEntries() {
    return result.entries();
  }

  public long getTotal() {
    return result.total();
  }

  /** Message keys of the filters not understood. */
  public List<String> getProblems() {
    return problems;
  }

  public String occurredAt(AuditEntry entry) {
    return DATE_TIME.format(entry.occurredAt());
  }

  public int getPageCount() {
    return (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
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

  /** Never null: page links carry the filters as parameters. */
  public String getAction() {
    return action == null ? "" : action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getAccount() {
    return account == null ? "" : account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public String getFrom() {
    return from == null ? "" : from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to == null ? "" : to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
