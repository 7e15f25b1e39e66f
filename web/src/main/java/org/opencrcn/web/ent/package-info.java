/**
 * Screens of a sign-in through a school ENT: the first-sign-in welcome (pupil record, Orga offers)
 * and attaching the ENT identity to an existing local account.
 */
package org.opencrcn.web.ent;
