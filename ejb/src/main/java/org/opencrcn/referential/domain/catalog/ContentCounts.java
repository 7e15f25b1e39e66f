package org.opencrcn.referential.domain.catalog;

import java.io.Serializable;

/** How much a pack version carried, and how many challenges it retired. */
public record ContentCounts(
    int competences, int tubes, int skills, int challenges, int targetProfiles, int retired)
    implements Serializable {}
