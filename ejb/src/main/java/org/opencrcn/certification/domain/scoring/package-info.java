/**
 * Scoring of a certification test (docs/certification.md, "Scoring"): the reproducibility rate, the
 * bands, the certified level and pix of each competence and the status of the result. Plain Java,
 * no container: the same code scores at finalisation and again when a challenge is neutralised.
 */
package org.opencrcn.certification.domain.scoring;
