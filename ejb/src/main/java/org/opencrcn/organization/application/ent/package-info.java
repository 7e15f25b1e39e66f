/**
 * Arrival from an ENT (school portal): a pupil or staff member signed in by the ENT finds their
 * school.
 */
package org.opencrcn.organization.application.ent;
