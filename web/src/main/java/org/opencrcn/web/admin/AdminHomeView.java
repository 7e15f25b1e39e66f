package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opencrcn.identity.application.PlatformFigures;
import org.opencrcn.identity.application.PlatformOverview;

/** The administration's landing page. */
@Named
@RequestScoped
public class AdminHomeView {
  @Inject private PlatformOverview overview;
  private PlatformFigures figures;

  public void load() {
    figures = overview.figures();
  }

  public PlatformFigures getFigures() {
    return figures;
  }
}
