package org.opencrcn.shared.audit;

import java.util.Optional;

/**
 * The network address of the request being served, as WildFly sees it (the forwarded address only
 * behind a proxy WildFly is told to trust, {@code proxy-address-forwarding}). Bound by the web
 * layer's filter for the thread serving the request; services are local calls on that thread.
 */
public final class ClientAddress {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private ClientAddress() {}

  /** Binds the address until the returned scope is closed. */
  public static Scope bind(String address) {
    String before = CURRENT.get();
    CURRENT.set(address);
    return () -> {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    };
  }

  /** The address of the request this thread serves; empty for a timer or a batch job. */
  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The binding of an address, closed when the request is served. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
