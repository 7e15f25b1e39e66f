package org.opencrcn.certification.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What a demonstration's start-up (and its midnight run) does so that someone trying the demo can
 * join a certification session today: a session is joined on its day only, and the demo data's
 * session was planned for some other day. Only demo sessions are looked at (never one a centre
 * planned):
 *
 * <ul>
 *   <li>one is open today (its day, not finalised): nothing to do, it is today's;
 *   <li>else the latest, when nobody has joined it: moved to today, codes and candidates kept (the
 *       first start of a new demo, a restart on a later day, a demo left running past midnight);
 *   <li>else (someone sat it on an earlier day, or it was finalised): a copy for today of the
 *       latest, same details and candidates, new codes; the sittings and results of the earlier one
 *       stay.
 * </ul>
 */
public final class DemoSessionDay {
  private DemoSessionDay() {}

  /** A demo session as this rule sees it. */
  public record DemoSession(long id, LocalDate date, boolean open, boolean joined) {}

  /** What to do. */
  public sealed interface Plan {}

  /** No demo session at all (demo data off, or its centre gone): nothing to do. */
  public record NoDemoSession() implements Plan {}

  /** The session {@code id} is today's. */
  public record Keep(long id) implements Plan {}

  /** The session {@code id}, which nobody joined, is moved to today. */
  public record Redate(long id) implements Plan {}

  /** A new session for today, copied from {@code templateId}. */
  public record CopyForToday(long templateId) implements Plan {}

  public static Plan plan(List<DemoSession> sessions, LocalDate today) {
    Comparator<DemoSession> latestLast =
        Comparator.comparing(DemoSession::date).thenComparingLong(DemoSession::id);
    var todays = sessions.stream().filter(s -> s.open() && s.date().equals(today)).max(latestLast);
    if (todays.isPresent()) {
      return new Keep(todays.get().id());
    }
    var latest = sessions.stream().max(latestLast);
    if (latest.isEmpty()) {
      return new NoDemoSession();
    }
    DemoSession template = latest.get();
    return template.open() && !template.joined()
        ? new Redate(template.id())
        : new CopyForToday(template.id());
  }
}
