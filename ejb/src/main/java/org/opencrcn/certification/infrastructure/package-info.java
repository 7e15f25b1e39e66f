/** JPA access to certification centres, their members, sessions and candidates; PDF documents. */
package org.opencrcn.certification.infrastructure;
