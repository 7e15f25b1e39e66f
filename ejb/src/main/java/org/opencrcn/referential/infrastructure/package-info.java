/** JPA access to the referential. */
package org.opencrcn.referential.infrastructure;
