package org.opencrcn.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * The platform's time for rules that depend on it (the audit log, the retention runs). It is the
 * system clock; a demonstration's platform administrator (the tests) may set another clock, so that
 * "three months later" is tested without waiting. Outside a demonstration nobody can.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class PlatformClock {
  private volatile Clock clock = Clock.systemUTC();

  public Instant now() {
    return clock.instant();
  }

  /**
   * Sets the clock the platform reads (tests only: a demonstration's platform administrator).
   *
   * @throws IllegalStateException outside a demonstration ({@link Settings#demoData()} off)
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public void setForTests(Clock testClock) {
    if (!Settings.demoData()) {
      throw new IllegalStateException("The platform's clock is set only in a demonstration");
    }
    clock = testClock;
  }

  /** Back to the system clock. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public void reset() {
    clock = Clock.systemUTC();
  }
}
