/**
 * Positioning tests as stored: assessments, the answers given and the knowledge elements they
 * yield.
 */
package org.opencrcn.assessment.domain.positioning;
