package org.opencrcn.referential.domain.content;

import java.util.List;
import java.util.Map;

/** The content of one competence, as in competences/&lt;code&gt;.yaml. */
public record CompetenceContent(
    String competenceCode, String file, List<Tube> tubes, Map<String, String> lintSilenced) {

  /**
   * @param lintSilenced the linter rules the competence silences, each with the author's reason
   */
  public CompetenceContent {
    lintSilenced = lintSilenced == null ? Map.of() : Map.copyOf(lintSilenced);
  }

  public CompetenceContent(String competenceCode, String file, List<Tube> tubes) {
    this(competenceCode, file, tubes, Map.of());
  }
}
