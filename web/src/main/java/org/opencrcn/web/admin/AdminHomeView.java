package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opencrcn.platform.application.PlatformFigures;
import org.opencrcn.platform.application.PlatformOverview;
import org.opencrcn.shared.mail.SentMails;

/** The administration's landing page. */
@Named
@RequestScoped
public class AdminHomeView {
  @Inject private PlatformOverview overview;
  @Inject private SentMails sentMails;
  private PlatformFigures figures;
  private boolean sentMailsAvailable;

  public void load() {
    figures = overview.figures();
    sentMailsAvailable = sentMails.available();
  }

  /** Whether the "Courriels envoyés" page exists here (a demonstration with an outbox). */
  public boolean isSentMailsAvailable() {
    return sentMailsAvailable;
  }

  public PlatformFigures getFigures() {
    return figures;
  }
}
