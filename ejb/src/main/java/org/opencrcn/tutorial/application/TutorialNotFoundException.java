package org.opencrcn.tutorial.application;

import jakarta.ejb.ApplicationException;

/**
 * The tutorial to save is not in the current content (a new version dropped it since the page was
 * shown): the screen says so instead of failing.
 */
@ApplicationException(rollback = true)
public class TutorialNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TutorialNotFoundException(String skillName, String url) {
    super("No tutorial of " + skillName + " at " + url);
  }
}
