package org.opencrcn.it.support;

/** Addresses of the servers the test run starts. */
public final class Urls {
  private Urls() {}

  /** The application, as a browser reaches it (the realm's redirect URIs name localhost). */
  public static String app(String path) {
    return "http://localhost:" + Integer.getInteger("it.wildfly.http.port", 18080) + path;
  }
}
