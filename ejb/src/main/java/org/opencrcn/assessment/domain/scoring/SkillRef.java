package org.opencrcn.assessment.domain.scoring;

import org.opencrcn.referential.domain.content.Pix;

/** What scoring needs to know of a skill: its tube, level and exact pix value. */
public record SkillRef(String name, String tube, int level, Pix pix) {}
