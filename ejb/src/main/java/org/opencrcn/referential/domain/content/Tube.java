package org.opencrcn.referential.domain.content;

import java.util.List;

/** A tube (topic) of a competence and its skills, one per level. */
public record Tube(String name, String title, String description, List<Skill> skills) {}
