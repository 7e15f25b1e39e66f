package org.opencrcn.referential.domain.content;

import java.util.List;

/** The content of one competence, as in competences/&lt;code&gt;.yaml. */
public record CompetenceContent(String competenceCode, String file, List<Tube> tubes) {}
