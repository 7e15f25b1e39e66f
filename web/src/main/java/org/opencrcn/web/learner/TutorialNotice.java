package org.opencrcn.web.learner;

import java.io.Serializable;

/**
 * What the status line says after a tutorial was saved or removed: a bundle key and the tutorial's
 * title.
 */
public record TutorialNotice(String key, String title) implements Serializable {}
