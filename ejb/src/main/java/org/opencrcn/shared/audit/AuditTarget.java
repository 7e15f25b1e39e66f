package org.opencrcn.shared.audit;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * What an action concerned, as a kind and a number: an id ({@code organization 42}) or, for a
 * purge, how many of a kind went ({@code invitations 3}). Only numbers: an audit event holds no
 * name, address or other personal data beyond ids.
 *
 * @param kind lowercase letters, digits and hyphens (e.g. {@code organization}, {@code
 *     import-issues}), at most 30 characters
 */
public record AuditTarget(String kind, long id) implements Serializable {
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,29}");

  public AuditTarget {
    if (kind == null || !KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("Not an audit target kind: " + kind);
    }
  }

  public static AuditTarget of(String kind, long id) {
    return new AuditTarget(kind, id);
  }

  public static AuditTarget organization(long id) {
    return new AuditTarget("organization", id);
  }

  public static AuditTarget account(long id) {
    return new AuditTarget("account", id);
  }

  /** As stored and shown: {@code kind:id}. */
  @Override
  public String toString() {
    return kind + ":" + id;
  }
}
