/**
 * The rules of a SIECLE pupils file (docs/rules.md §6), independent of its format: what a pupil row
 * must hold, which rows are skipped, and what refuses the file.
 */
package org.opencrcn.organization.domain.siecle;
