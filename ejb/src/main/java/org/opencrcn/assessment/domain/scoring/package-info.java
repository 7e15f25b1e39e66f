/**
 * Knowledge elements (direct and inferred) and the exact pix and level of a competence. Plain Java.
 */
package org.opencrcn.assessment.domain.scoring;
