/**
 * What a campaign export contains, whatever the file format: the columns of each objective, one
 * line per participant built from its results, the collective results, and the rule that makes a
 * typed text inert in a spreadsheet. Plain Java; the CSV and Excel writers live in the
 * infrastructure.
 */
package org.opencrcn.campaign.domain.export;
