/** Establishments (SCO, SUP, PRO) and their members, who enter the Orga space. */
package org.opencrcn.organization.domain;
