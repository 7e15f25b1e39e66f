/**
 * The imported referential as the platform stores it: tubes, skills, challenges, tutorials, target
 * profiles and the history of imported pack versions.
 */
package org.opencrcn.referential.domain.catalog;
