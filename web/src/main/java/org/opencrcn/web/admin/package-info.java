/** The administration space, for platform administrators. */
package org.opencrcn.web.admin;
