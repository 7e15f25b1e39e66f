/** JPA access to accounts. */
package org.opencrcn.identity.infrastructure;
