/**
 * Item statistics from real answers: success per estimated level, flags for items that strong
 * learners fail or weak ones pass. Plain Java; the counting is SQL in the application service.
 */
package org.opencrcn.assessment.domain.statistics;
