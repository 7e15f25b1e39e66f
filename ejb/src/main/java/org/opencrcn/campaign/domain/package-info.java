/** Campaigns and participations, and the rules of codes, mastery, progress and recommendation. */
package org.opencrcn.campaign.domain;
