/** Orga use cases; every one checks the caller's role and membership of the organisation. */
package org.opencrcn.organization.application;
