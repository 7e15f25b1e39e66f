/**
 * Campaigns: a teacher sets work with a code on a target profile (or collects profiles), learners
 * join, play and share their results, and the organisation reads who did what and what to
 * reinforce. Uses organization, referential, assessment and identity through their application
 * APIs; no other context uses it.
 */
package org.opencrcn.campaign;
