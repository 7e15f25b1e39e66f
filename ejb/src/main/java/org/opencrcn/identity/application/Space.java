package org.opencrcn.identity.application;

/** The four spaces of the platform, each with its own landing page. */
public enum Space {
  LEARNER("/app/index.xhtml"),
  ORGA("/orga/index.xhtml"),
  CERTIF("/certif/index.xhtml"),
  ADMIN("/admin/index.xhtml");

  private final String landingPage;

  Space(String landingPage) {
    this.landingPage = landingPage;
  }

  public String landingPage() {
    return landingPage;
  }
}
