/** JPA access to organisations and memberships. */
package org.opencrcn.organization.infrastructure;
