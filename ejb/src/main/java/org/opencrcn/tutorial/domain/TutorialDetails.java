package org.opencrcn.tutorial.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** What a learner sees of a tutorial besides its address. */
@Embeddable
public record TutorialDetails(
    @Column(name = "title", nullable = false, length = 500) String title,
    @Column(name = "format", nullable = false, length = 16) String format,
    @Column(name = "duration_minutes", nullable = false) int durationMinutes)
    implements Serializable {}
