/** The campaign use cases, for teachers (their organisation's campaigns) and for learners. */
package org.opencrcn.campaign.application;
