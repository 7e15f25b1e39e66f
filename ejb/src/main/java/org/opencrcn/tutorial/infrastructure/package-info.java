/** JPA access to saved tutorials. */
package org.opencrcn.tutorial.infrastructure;
