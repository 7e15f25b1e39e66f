package org.opencrcn.referential.application;

import java.io.Serializable;
import java.util.List;

/** An area and its competences, with texts in the reader's language. */
public record AreaOverview(String code, String title, List<CompetenceOverview> competences)
    implements Serializable {

  /** A competence of the overview. */
  public record CompetenceOverview(String code, String title, String description)
      implements Serializable {}
}
