/** JPA access to certification centres and their members. */
package org.opencrcn.certification.infrastructure;
