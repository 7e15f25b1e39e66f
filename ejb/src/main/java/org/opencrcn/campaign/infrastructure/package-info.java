/** Storage of campaigns and participations, and the SQL aggregates of their results. */
package org.opencrcn.campaign.infrastructure;
