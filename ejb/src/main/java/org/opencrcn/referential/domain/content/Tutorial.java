package org.opencrcn.referential.domain.content;

/** A public resource shown to a learner who failed the skill. */
public record Tutorial(String title, String url, String format, int durationMinutes) {}
